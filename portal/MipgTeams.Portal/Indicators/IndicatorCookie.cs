using Microsoft.AspNetCore.Authentication.Cookies;

namespace MipgTeams.Portal.Indicators;

/// <summary>The indicators area's session cookie, the same in both sign-in modes.</summary>
internal static class IndicatorCookie
{
    public const string SignInPath = "/indicadores/ingresar";
    public const string Name = "mipg-indicadores";

    // Signed in but not allowed is a 403 with the Spanish error page, not a redirect to a page that says so.
    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = Name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }
}
