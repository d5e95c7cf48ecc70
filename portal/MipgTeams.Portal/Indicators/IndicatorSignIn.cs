using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using MipgTeams.Indicators;

namespace MipgTeams.Portal.Indicators;

/// <summary>
/// The indicators area's services and sign-in (<c>Portal:Auth:Mode</c>): Microsoft Entra ID through
/// Microsoft.Identity.Web (the browser's session, or a bearer token from Power BI: <see cref="IndicatorBearer"/>), or the
/// development sign-in (a cookie for one of the demo's people), which is refused at
/// start-up outside the Development environment so that no deployed portal can be entered by picking a name.
/// </summary>
internal static class IndicatorSignIn
{
    public const string ModeKey = "Portal:Auth:Mode";
    public const string EntraSection = "AzureAd";

    private static readonly string[] EntraRequired = ["TenantId", "ClientId"];

    public static IServiceCollection AddIndicators(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var mode = ModeOf(configuration);
        if (mode == PortalAuthMode.Development && !environment.IsDevelopment())
        {
            throw Invalid($"{ModeKey}: el ingreso de desarrollo (Development) solo se permite en el entorno Development, y este es "
                + $"«{environment.EnvironmentName}». Use EntraId (sección {EntraSection}) o quite el valor.");
        }
        services.AddSingleton(new PortalAuth(mode));
        services.AddSingleton<IndicatorQueries>();
        services.AddSingleton<IndicatorReportCache>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, IndicatorAccessHandler>();
        services.AddAuthorization(o => IndicatorAccessRequirement.AddPolicies(o, mode == PortalAuthMode.EntraId ? IndicatorBearer.FeedScheme : null));
        if (mode == PortalAuthMode.EntraId)
        {
            var entra = configuration.GetSection(EntraSection);
            var missing = EntraRequired.Where(k => string.IsNullOrWhiteSpace(entra[k])).ToList();
            if (missing.Count > 0)
            {
                throw Invalid($"{ModeKey}=EntraId necesita {string.Join(" y ", missing.Select(k => $"{EntraSection}:{k}"))} (el registro de la aplicación del portal en Entra ID).");
            }
            var appIdUri = configuration[IndicatorBearer.AppIdUriKey];
            if (!string.IsNullOrWhiteSpace(appIdUri) && !Uri.TryCreate(appIdUri.Trim(), UriKind.Absolute, out _))
            {
                throw Invalid($"{IndicatorBearer.AppIdUriKey}: «{appIdUri}» no es un URI absoluto; use el URI de id. de aplicación del registro del portal "
                    + "(la dirección del portal, p. ej. https://indicadores.cartagena.gov.co) o quite el valor.");
            }
            // Browsers: the session cookie and the OpenID Connect sign-in. Power BI and other API clients: a bearer token.
            services.AddAuthentication(IndicatorBearer.PageScheme)
                .AddIndicatorBearer(entra, appIdUri)
                .AddMicrosoftIdentityWebApp(entra);
            services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                IndicatorCookie.Configure(o);
                // Teams shows the page in a frame of another site: the session cookie must travel there (HTTPS only).
                o.Cookie.SameSite = SameSiteMode.None;
                o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            });
        }
        else
        {
            services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
            {
                IndicatorCookie.Configure(o);
                o.LoginPath = IndicatorCookie.SignInPath;
            });
        }
        return services;
    }

    /// <summary>The configured mode; a value that is not one of the three stops the start with its name.</summary>
    public static PortalAuthMode ModeOf(IConfiguration configuration)
    {
        var text = configuration[ModeKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return PortalAuthMode.None;
        }
        return Enum.TryParse<PortalAuthMode>(text.Trim(), ignoreCase: true, out var mode) && Enum.IsDefined(mode)
            ? mode
            : throw Invalid($"{ModeKey}: «{text}» no es un modo de ingreso; use EntraId, Development o None.");
    }

    private static OptionsValidationException Invalid(string message) => new(ModeKey, typeof(PortalAuth), [message]);
}

