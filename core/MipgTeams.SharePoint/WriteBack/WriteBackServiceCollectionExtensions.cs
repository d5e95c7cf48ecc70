using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MipgTeams.SharePoint.WriteBack;

public static class WriteBackServiceCollectionExtensions
{
    /// <summary>
    /// The change-request mirror (section "WriteBack"): the Graph list writer, the push pass and its background loop.
    /// Always registered; it does nothing while WriteBack:Enabled is false.
    /// </summary>
    public static IServiceCollection AddChangeRequestWriteBack(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WriteBackOptions>().Bind(configuration.GetSection(WriteBackOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IChangeRequestList>(sp =>
            new GraphChangeRequestList(GraphChangeRequestList.CreateClient(sp.GetRequiredService<IOptions<WriteBackOptions>>().Value), sp.GetRequiredService<IOptions<WriteBackOptions>>()));
        services.TryAddSingleton<ChangeRequestWriteBack>();
        services.AddHostedService<LeasedJobService<ChangeRequestWriteBack>>();
        return services;
    }
}
