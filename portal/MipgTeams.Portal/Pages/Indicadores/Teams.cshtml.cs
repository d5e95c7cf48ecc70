using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MipgTeams.Portal.Pages.Indicadores;

/// <summary>
/// The Teams tab's first page. Microsoft's sign-in page refuses to be shown in the tab's frame, so someone not signed in
/// signs in through the window Teams opens for that (the Teams JavaScript library's authentication), and the tab then
/// loads the indicators; someone already signed in goes straight to them. Outside Teams the button is an ordinary
/// sign-in link.
/// </summary>
public sealed class TeamsModel : PageModel
{
    /// <summary>Where the sign-in window ends: the page that tells Teams it succeeded.</summary>
    public const string SignedInPath = "/indicadores/teams/listo";

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect("/indicadores") : Page();
}
