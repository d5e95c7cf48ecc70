using MipgTeams.Portal.Content;
using MipgTeams.Portal.MasterList;
using MipgTeams.Portal.Changes;
using MipgTeams.Portal.Indicators;
using MipgTeams.Search.Index;

namespace MipgTeams.Portal.Hosting;

internal static class PortalApplicationExtensions
{
    /// <summary>Security headers, Spanish error pages for every status, static files, the pages and the file endpoints.</summary>
    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<PageCachingMiddleware>();
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRequestLocalization();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        // Only the indicators ask who you are; the public pages stay anonymous.
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapDocumentDownloads();
        app.MapMasterListExports();
        app.MapChangesFeed();
        app.MapIndicatorFeeds();
        return app;
    }

    /// <summary>
    /// Builds this instance's index and catalog from the store before serving. A store not there yet (the worker has
    /// not created it) is logged, not fatal: the background poll fills the catalog when it appears.
    /// </summary>
    public static async Task LoadCatalogAsync(this WebApplication app)
    {
        try
        {
            await app.Services.GetRequiredService<IndexUpdater>().CatchUpAsync();
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or System.Data.Common.DbException or InvalidOperationException)
        {
            app.Logger.LogWarning(e, "The store could not be read yet; the portal serves an empty catalog until it can");
        }
    }
}
