using Microsoft.Extensions.Options;
using MipgTeams.Hosting;
using MipgTeams.SharePoint.Sync;

namespace MipgTeams.SyncWorker;

/// <summary>Syncs every Sync:Interval until stopped.</summary>
internal sealed class SyncBackgroundService(DocumentSyncService sync, IOptions<SyncOptions> options, TimeProvider time, ILogger<SyncBackgroundService> logger)
    : PollingBackgroundService(time, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    public override Task RunOnceAsync(CancellationToken cancellationToken) => sync.SyncOnceAsync(cancellationToken: cancellationToken);
}
