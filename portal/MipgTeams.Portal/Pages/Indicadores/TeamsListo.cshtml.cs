using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MipgTeams.Portal.Pages.Indicadores;

/// <summary>
/// The last page of the sign-in window that the Teams tab opened: its script tells Teams the sign-in succeeded, which
/// closes the window and lets the tab load the indicators. Reached in an ordinary browser, it links to them.
/// </summary>
public sealed class TeamsListoModel : PageModel
{
    public void OnGet()
    {
    }
}
