using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MipgTeams.SharePoint.WriteBack;

/// <summary>Runs <see cref="ChangeRequestWriteBack.PushDueAsync"/> every poll interval; survives a bad pass; idle when disabled.</summary>
public sealed class WriteBackService(ChangeRequestWriteBack writeBack, IOptions<WriteBackOptions> options, TimeProvider time, ILogger<WriteBackService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Change-request write-back to SharePoint is off (WriteBack:Enabled=false)");
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await writeBack.PushDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Write-back pass failed; the next pass retries");
            }
            try
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
