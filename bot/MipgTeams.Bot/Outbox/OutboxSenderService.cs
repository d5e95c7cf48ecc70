using Microsoft.Extensions.Options;
using MipgTeams.Hosting;

namespace MipgTeams.Bot.Outbox;

/// <summary>
/// Runs the sender every Outbox:PollInterval until the host stops. On a clean stop it gives up the sender lease, so
/// another instance sends at once instead of after the lease lapses.
/// </summary>
internal sealed class OutboxSenderService(OutboxSender sender, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxSenderService> logger)
    : PollingBackgroundService(time, logger)
{
    protected override TimeSpan Interval => options.Value.PollInterval;

    public override Task RunOnceAsync(CancellationToken cancellationToken) => sender.SendDueAsync(cancellationToken);

    protected override async Task OnStoppedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.ReleaseAsync(cancellationToken);
        }
        catch (Exception e)
        {
            Logger.LogWarning(e, "The outbox sender lease could not be released; another instance takes over when it lapses");
        }
    }
}
