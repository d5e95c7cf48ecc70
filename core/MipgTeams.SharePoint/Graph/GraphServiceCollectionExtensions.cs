using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MipgTeams.SharePoint.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers SharePoint Online through Graph as the sync's source (section "Graph", validated at start-up).
    /// Called by <c>AddSharePointSync</c> when Sync:Source is Graph.
    /// </summary>
    public static IServiceCollection AddGraphSharePointSource(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLibrarySourceSettings(configuration);
        services.TryAddSingleton<ISharePointSource, GraphSharePointSource>();
        return services;
    }
}
