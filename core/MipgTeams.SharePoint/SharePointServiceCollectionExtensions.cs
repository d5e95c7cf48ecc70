using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MipgTeams.SharePoint.Extraction;
using MipgTeams.SharePoint.Folder;
using MipgTeams.SharePoint.Graph;
using MipgTeams.SharePoint.Sync;
using MipgTeams.SharePoint.Sync.Lists;

namespace MipgTeams.SharePoint;

public static class SharePointServiceCollectionExtensions
{
    /// <summary>
    /// Registers the sync (section "Sync") over the configured source: the folder library (section "Folder", the default),
    /// or SharePoint Online through Graph (section "Graph") when Sync:Source is Graph.
    /// </summary>
    public static IServiceCollection AddSharePointSync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLibrarySourceSettings(configuration);
        services.TryAddSingleton<ITextExtractor, TextExtractor>();
        services.AddMetrics(); // the sync's meters; hosts add it anyway, bare service collections (tests, bench) need it
        services.TryAddSingleton<SyncTelemetry>();
        if (LibrarySourceSettings.IsGraph(configuration))
        {
            services.TryAddSingleton<ISharePointSource, GraphSharePointSource>();
        }
        else
        {
            services.TryAddSingleton<ISharePointSource, FolderSharePointSource>();
        }
        services.AddSingleton<IListMapper, ProcessListMapper>();
        services.AddSingleton<IListMapper, PolicyListMapper>();
        services.AddSingleton<IListMapper, QualityTeamListMapper>();
        services.AddSingleton<IListMapper, SettingsListMapper>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SyncOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            var dbFactory = sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<MipgDbContext>>();
            return new DocumentSyncService(
                sp.GetRequiredService<ISharePointSource>(),
                dbFactory,
                new ContentPreparer(sp.GetRequiredService<ISharePointSource>(), sp.GetRequiredService<ITextExtractor>(), options.DownloadParallelism),
                new LibraryChangeApplier(new LibraryItemMapper(options.Columns), time),
                new ListChangeApplier(sp.GetServices<IListMapper>(), time),
                new SyncRunRecorder(dbFactory, time),
                sp.GetRequiredService<SyncTelemetry>(),
                time,
                options.Lease,
                sp.GetRequiredService<ILogger<DocumentSyncService>>());
        });
        return services;
    }
}
