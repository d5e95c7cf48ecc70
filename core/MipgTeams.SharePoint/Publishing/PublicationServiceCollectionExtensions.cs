using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MipgTeams.SharePoint.Extraction;
using MipgTeams.SharePoint.Folder;
using MipgTeams.SharePoint.Sync;

namespace MipgTeams.SharePoint.Publishing;

public static class PublicationServiceCollectionExtensions
{
    /// <summary>
    /// Publication of validated changes (section "Publication") into the library the sync reads: the folder library, or
    /// SharePoint through Graph when Sync:Source is Graph. Registers the planner, the worker and its loop.
    /// </summary>
    public static IServiceCollection AddLibraryPublication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublicationOptions>().Bind(configuration.GetSection(PublicationOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SyncOptions>().Bind(configuration.GetSection(SyncOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FolderSourceOptions>().Bind(configuration.GetSection(FolderSourceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITextExtractor, TextExtractor>();
        services.TryAddSingleton<ILibraryPublisher, FolderLibraryPublisher>();
        services.TryAddSingleton<IPublicationEvents, NoPublicationEvents>();
        services.TryAddSingleton<PublicationPlanner>();
        services.TryAddSingleton<PublicationExecutor>();
        services.TryAddSingleton<PublicationRecorder>();
        services.TryAddSingleton<PublicationRunner>();
        services.AddHostedService<PublicationService>();
        return services;
    }
}
