using Microsoft.Extensions.Options;

namespace MipgTeams.Bot.Outbox;

/// <summary>
/// Runs the sender until the host stops; a failing pass is logged and the next one goes ahead. On a clean stop it gives
/// up the sender lease, so another instance sends at once instead of after the lease lapses.
/// </summary>
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

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken); // the pass in progress ends first
        try
        {
            await sender.ReleaseAsync(cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "The outbox sender lease could not be released; another instance takes over when it lapses");
        }
    }
}
