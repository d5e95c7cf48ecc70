using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MipgTeams.SharePoint.Extraction;
using Microsoft.Extensions.Options;
using MipgTeams.SharePoint.Graph;

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
        services.AddLibrarySourceSettings(configuration);
        services.TryAddSingleton<ITextExtractor, TextExtractor>();
        if (LibrarySourceSettings.IsGraph(configuration))
        {
            services.TryAddSingleton<ILibraryPublisher>(sp => CreateGraphPublisher(
                sp.GetRequiredService<IOptions<GraphSourceOptions>>().Value, sp.GetRequiredService<IOptions<PublicationOptions>>().Value));
        }
        services.TryAddSingleton<ILibraryPublisher, FolderLibraryPublisher>();
        services.TryAddSingleton<IPublicationEvents, NoPublicationEvents>();
        services.TryAddSingleton<PublicationPlanner>();
        services.TryAddSingleton<PublicationExecutor>();
        services.TryAddSingleton<PublicationRecorder>();
        services.TryAddSingleton<PublicationRunner>();
        services.AddHostedService<LeasedJobService<PublicationRunner>>();
        return services;
    }

    /// <summary>The Graph publisher: the sync's site and library, the publication's own (write) credential.</summary>
    internal static ILibraryPublisher CreateGraphPublisher(GraphSourceOptions source, PublicationOptions publication, HttpMessageHandler? finalHandler = null)
    {
        var options = new GraphSourceOptions
        {
            BaseUrl = source.BaseUrl,
            Site = source.Site,
            Libraries = [.. source.Libraries],
            MaxRetries = source.MaxRetries,
            RetryDelaySeconds = source.RetryDelaySeconds,
            Credential = publication.Credential,
        };
        return new GraphLibraryPublisher(GraphClientBuilder.Create(options, finalHandler), options);
    }
}
