using Microsoft.Extensions.Options;
using MipgTeams.SharePoint.Sync;

namespace MipgTeams.SyncWorker;

/// <summary>Syncs on an interval until stopped; a failing run is logged and the next one goes ahead.</summary>
internal sealed class SyncBackgroundService(DocumentSyncService sync, IOptions<SyncOptions> options, TimeProvider time, ILogger<SyncBackgroundService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sync.SyncOnceAsync(cancellationToken: stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Sync run failed; retrying after {Interval}", options.Value.Interval);
            }
            try
            {
                await Task.Delay(options.Value.Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
