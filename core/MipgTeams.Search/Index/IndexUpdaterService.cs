using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MipgTeams.Search.Index;

/// <summary>Polls the store for document changes every Search:PollInterval; a failed poll is logged and retried.</summary>
internal sealed class IndexUpdaterService(IndexUpdater updater, IOptions<SearchOptions> options, TimeProvider time, ILogger<IndexUpdaterService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await updater.CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Search index update failed; retrying");
            }
            try
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
