using Microsoft.Extensions.Options;
using MipgTeams.Domain.Reminders;
using MipgTeams.Domain.Time;

namespace MipgTeams.Bot.Reminders;

/// <summary>
/// Every business day at the configured hour (America/Bogota) runs the day's reminders. It works out the next run from
/// the injected clock and sleeps with it, so tests drive it with FakeTimeProvider. An instance that starts after the
/// hour catches up at once; the claims make that harmless when another instance already sent the day. A failing pass is
/// logged and retried at the next wake-up.
/// </summary>
internal sealed class ReminderScheduler(
    ReminderRunner runner, ReminderInputs inputs, IOptions<ReminderOptions> options, TimeProvider time, ILogger<ReminderScheduler> logger) : BackgroundService
{
    private DateOnly? done;

    /// <summary>Runs the day's pass if it is due and not yet done by this instance; returns how long to sleep.</summary>
    public async Task<TimeSpan> TickAsync(CancellationToken cancellationToken)
    {
        var settings = await inputs.SettingsAsync(cancellationToken);
        var now = time.GetUtcNow();
        var today = BogotaTime.DateOf(now);
        if (BusinessCalendar.IsBusinessDay(today) && now >= BogotaTime.At(today, settings.ReminderTime) && done != today)
        {
            await runner.RunAsync(today, cancellationToken);
            done = today;
        }
        var next = NextRun(now, settings.ReminderTime, done);
        var wait = next - time.GetUtcNow();
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > options.Value.MaxSleep ? options.Value.MaxSleep : wait;
    }

    /// <summary>Today's reminder time if today is a business day not yet done here (possibly past: run now), else the next business day's.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, TimeOnly at, DateOnly? done = null)
    {
        var day = BogotaTime.DateOf(now);
        if (!BusinessCalendar.IsBusinessDay(day) || done == day)
        {
            day = BusinessCalendar.NextBusinessDay(day);
        }
        return BogotaTime.At(day, at);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Reminders are off on this instance (Reminders:Enabled=false)");
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.MaxSleep;
            try
            {
                wait = await TickAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reminder pass failed; retrying at the next wake-up");
                wait = TimeSpan.FromMinutes(1) < options.Value.MaxSleep ? TimeSpan.FromMinutes(1) : options.Value.MaxSleep;
            }
            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
