using Microsoft.Extensions.Options;

namespace MipgTeams.Bot.Outbox;

/// <summary>Runs the sender until the host stops; a failing pass is logged and the next one goes ahead.</summary>
internal sealed class OutboxSenderService(OutboxSender sender, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxSenderService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sender.SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Outbox pass failed");
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
