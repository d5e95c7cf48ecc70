namespace MipgTeams.Portal.Hosting;

/// <summary>
/// Headers every response carries: a CSP without inline scripts or styles (the pages need none), no MIME sniffing, no
/// framing (except the indicators by Teams, whose static tab shows them), and no full referrer to other sites.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The hosts of the Teams clients (web, desktop, Microsoft 365) that frame a static tab.</summary>
    public const string TeamsFrameAncestors =
        "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.cloud.microsoft https://*.office.com https://*.microsoft365.com https://*.cloud.microsoft";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        if (context.Request.Path.StartsWithSegments("/indicadores"))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy.Replace("frame-ancestors 'none'", TeamsFrameAncestors, StringComparison.Ordinal);
        }
        else
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
        }
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return next(context);
    }
}
