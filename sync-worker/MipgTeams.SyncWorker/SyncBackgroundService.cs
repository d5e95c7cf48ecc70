using Microsoft.Extensions.Options;
using MipgTeams.Hosting;
using MipgTeams.SharePoint.Sync;

namespace MipgTeams.SyncWorker;

/// <summary>
/// Syncs every Sync:Interval until stopped. A pass that finds another sync of the store running (an admin's
/// <c>once</c>, another instance during a deployment) is skipped: the next pass catches up.
/// </summary>
internal sealed class SyncBackgroundService(DocumentSyncService sync, IOptions<SyncOptions> options, TimeProvider time, ILogger<SyncBackgroundService> logger)
    : PollingBackgroundService(time, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    public override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var summary = await sync.SyncOnceAsync(cancellationToken: cancellationToken);
        if (summary.Skipped)
        {
            Logger.LogInformation("Another sync of this store is running; this pass is skipped");
        }
    }
}
