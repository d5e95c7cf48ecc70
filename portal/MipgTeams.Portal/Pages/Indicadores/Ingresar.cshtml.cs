using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MipgTeams.Portal.Indicators;
using MipgTeams.Store;

namespace MipgTeams.Portal.Pages.Indicadores;

/// <summary>
/// Sign-in to the indicators. With Entra ID it hands over to Microsoft's sign-in page; with the development sign-in
/// (Development environment only, see <see cref="IndicatorSignIn"/>) it lists the demo's people and signs in as the one
/// picked; with none configured it says so.
/// </summary>
public sealed class IngresarModel(PortalAuth auth, IDbContextFactory<MipgDbContext> factory) : PageModel
{
    internal const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    internal IReadOnlyList<DemoPerson> People { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    [BindProperty(Name = "persona")]
    public string? Person { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        switch (auth.Mode)
        {
            case PortalAuthMode.EntraId:
                return Challenge(new AuthenticationProperties { RedirectUri = Target }, OpenIdConnectDefaults.AuthenticationScheme);
            case PortalAuthMode.Development:
                await using (var db = await factory.CreateDbContextAsync(cancellationToken))
                {
                    People = await DemoPeople.ListAsync(db, cancellationToken);
                }
                return Page();
            default:
                HttpContext.Items[ErrorMessage.Key] = "El ingreso a los indicadores no está configurado en este servidor (Portal:Auth:Mode).";
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (auth.Mode != PortalAuthMode.Development)
        {
            return NotFound();
        }
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var chosen = (await DemoPeople.ListAsync(db, cancellationToken)).FirstOrDefault(p => string.Equals(p.ObjectId, Person, StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            HttpContext.Items[ErrorMessage.Key] = "Elige una de las personas de la lista para ingresar.";
            return BadRequest();
        }
        var identity = new ClaimsIdentity(
            [new Claim(ObjectIdClaim, chosen.ObjectId), new Claim("name", chosen.Name), new Claim(ClaimTypes.Name, chosen.Name)],
            CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Target);
    }

    /// <summary>Where to go after signing in: the page asked for, if it is one of this site's, else the indicators.</summary>
    private string Target => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/indicadores";
}
