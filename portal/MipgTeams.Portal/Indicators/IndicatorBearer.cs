using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;

namespace MipgTeams.Portal.Indicators;

/// <summary>
/// Entra ID access tokens beside the browser's session (EntraId mode only): Power BI's Web connector with «Cuenta de
/// organización» sends <c>Authorization: Bearer</c> with the person's token for the portal, validated by
/// Microsoft.Identity.Web's web API scheme on the same <c>AzureAd</c> registration. A request that sends a bearer token
/// is judged by that token alone, so it is answered 401 or 403, never sent to the sign-in page.
/// </summary>
internal static class IndicatorBearer
{
    /// <summary>The default scheme: the token when one is sent, otherwise the session cookie and the OpenID Connect sign-in.</summary>
    public const string PageScheme = "Indicadores";

    /// <summary>
    /// The feeds' and the Excel file's scheme: as <see cref="PageScheme"/>, except that a request with no credential is
    /// answered 401 with the Entra authority in WWW-Authenticate instead of a redirect. Power BI sends its first request
    /// without a token and reads that header to know where to sign in; a redirect to a sign-in page makes it give up
    /// («this credential type is not supported by this resource»).
    /// </summary>
    public const string FeedScheme = "IndicadoresDatos";

    /// <summary>The App ID URI exposed on the portal's registration, accepted as a token audience besides the client id and api://client id.</summary>
    public const string AppIdUriKey = "Portal:Auth:AppIdUri";

    private const string DefaultInstance = "https://login.microsoftonline.com/";

    public static AuthenticationBuilder AddIndicatorBearer(this AuthenticationBuilder builder, IConfigurationSection entra, string? appIdUri)
    {
        var audiences = Audiences(entra["ClientId"]!, appIdUri);
        var challenge = Challenge(entra["Instance"], entra["TenantId"]!);
        builder.AddMicrosoftIdentityWebApi(
            jwt =>
            {
                // Given here, Microsoft.Identity.Web keeps them instead of its default (client id or api://client id by token version).
                jwt.TokenValidationParameters.ValidAudiences = audiences;
                jwt.Challenge = challenge;
            },
            identity => entra.Bind(identity),
            JwtBearerDefaults.AuthenticationScheme);
        builder.AddPolicyScheme(PageScheme, displayName: null, o => o.ForwardDefaultSelector = ByCredential);
        builder.AddPolicyScheme(FeedScheme, displayName: null, o =>
        {
            o.ForwardDefaultSelector = ByCredential;
            o.ForwardChallenge = JwtBearerDefaults.AuthenticationScheme;
        });
        return builder;
    }

    /// <summary>
    /// The audiences a token may carry: the client id (v2.0 tokens), api://client id, and the configured App ID URI with
    /// and without a final slash (v1.0 tokens carry the resource Power BI asked for: the portal's address).
    /// </summary>
    public static string[] Audiences(string clientId, string? appIdUri)
    {
        var audiences = new List<string> { clientId, $"api://{clientId}" };
        if (!string.IsNullOrWhiteSpace(appIdUri))
        {
            var trimmed = appIdUri.Trim().TrimEnd('/');
            audiences.Add(trimmed);
            audiences.Add(trimmed + "/");
        }
        return [.. audiences.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// <c>Bearer authorization_uri="https://login.microsoftonline.com/{tenant}/oauth2/authorize"</c>: where Power Query
    /// signs the person in (the tenant's authorization endpoint, as Microsoft's own APIs announce it).
    /// </summary>
    private static string Challenge(string? instance, string tenantId)
    {
        var authority = string.IsNullOrWhiteSpace(instance) ? DefaultInstance : instance.Trim().TrimEnd('/') + "/";
        return $"{JwtBearerDefaults.AuthenticationScheme} authorization_uri=\"{authority}{tenantId.Trim()}/oauth2/authorize\"";
    }

    private static string ByCredential(HttpContext context) =>
        HasBearer(context.Request) ? JwtBearerDefaults.AuthenticationScheme : OpenIdConnectDefaults.AuthenticationScheme;

    // Also the bare "Bearer" Power BI sends when it probes for the authority.
    private static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.Any(v => v?.StartsWith(JwtBearerDefaults.AuthenticationScheme, StringComparison.OrdinalIgnoreCase) == true);
}
