namespace MipgTeams.Portal.Hosting;

/// <summary>
/// Pages may be cached for a minute (the catalog follows the store within seconds anyway); error pages never are.
/// Responses that set their own caching (downloads with their ETag, static files) keep it. The indicators (and their
/// sign-in) are per person: never stored by a cache, and never cached publicly.
/// </summary>
internal sealed class PageCachingMiddleware(RequestDelegate next)
{
    public const string PageCacheControl = "public, max-age=60";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var response = context.Response;
            if (context.Request.Path.StartsWithSegments("/indicadores"))
            {
                response.Headers.CacheControl = "private, no-store";
            }
            else if (response.StatusCode >= 400)
            {
                response.Headers.CacheControl = "no-store";
            }
            else if (string.IsNullOrEmpty(response.Headers.CacheControl))
            {
                response.Headers.CacheControl = PageCacheControl;
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
