using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MipgTeams.SharePoint.Folder;
using MipgTeams.SharePoint.Graph;
using MipgTeams.SharePoint.Sync;

namespace MipgTeams.SharePoint;

/// <summary>
/// The settings of the library both the sync and the publication work on (sections "Sync", "Folder" and, when
/// Sync:Source is Graph, "Graph"), bound once and validated at start-up whichever of the two a host registers, or both.
/// Binding a section twice would list every configured library twice: the configuration binder appends to lists.
/// </summary>
internal static class LibrarySourceSettings
{
    public static bool IsGraph(IConfiguration configuration) => configuration.GetSection(SyncOptions.Section)["Source"] == "Graph";

    public static IServiceCollection AddLibrarySourceSettings(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(Registered)))
        {
            return services;
        }
        services.AddSingleton<Registered>();
        services.AddOptions<SyncOptions>().Bind(configuration.GetSection(SyncOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FolderSourceOptions>().Bind(configuration.GetSection(FolderSourceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        // Graph only when asked for by name: a misspelt source is reported by SyncOptions alone, not also as missing
        // Graph settings.
        if (IsGraph(configuration))
        {
            services.AddOptions<GraphSourceOptions>().Bind(configuration.GetSection(GraphSourceOptions.Section))
                .PostConfigure(o =>
                {
                    if (o.Libraries.Count == 0)
                    {
                        o.Libraries.Add(GraphSourceOptions.DefaultLibrary);
                    }
                })
                .ValidateDataAnnotations().ValidateOnStart();
        }
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Marks a service collection whose source settings are already registered.</summary>
    private sealed class Registered;
}
