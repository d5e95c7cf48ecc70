using Microsoft.Extensions.Options;
using MipgTeams.Domain.Reminders;
using MipgTeams.Domain.Time;
using MipgTeams.Hosting;

namespace MipgTeams.Bot.Reminders;

/// <summary>
/// Every business day at the configured hour (America/Bogota) runs the day's reminders. It works out the next run from
/// the injected clock and sleeps with it, so tests drive it with FakeTimeProvider. An instance that starts after the
/// hour catches up at once; the claims make that harmless when another instance already sent the day. A failing pass is
/// retried a minute later (or at MaxSleep, if shorter).
/// </summary>
internal sealed class ReminderScheduler(
    ReminderRunner runner, ReminderInputs inputs, IOptions<ReminderOptions> options, TimeProvider time, ILogger<ReminderScheduler> logger)
    : PollingBackgroundService(time, logger)
{
    private DateOnly? done;
    private TimeSpan nextDelay;

    protected override TimeSpan Interval => options.Value.MaxSleep;

    protected override TimeSpan RetryDelay => TimeSpan.FromMinutes(1) < Interval ? TimeSpan.FromMinutes(1) : Interval;

    protected override string? DisabledBy => options.Value.Enabled ? null : "Reminders:Enabled=false";

    public override async Task RunOnceAsync(CancellationToken cancellationToken) => nextDelay = await TickAsync(cancellationToken);

    protected override TimeSpan NextDelay() => nextDelay;

    /// <summary>Runs the day's pass if it is due and not yet done by this instance; returns how long to sleep.</summary>
    public async Task<TimeSpan> TickAsync(CancellationToken cancellationToken)
    {
        var settings = await inputs.SettingsAsync(cancellationToken);
        var now = Time.GetUtcNow();
        var today = BogotaTime.DateOf(now);
        if (BusinessCalendar.IsBusinessDay(today) && now >= BogotaTime.At(today, settings.ReminderTime) && done != today)
        {
            await runner.RunAsync(today, cancellationToken);
            done = today;
        }
        var next = NextRun(now, settings.ReminderTime, done);
        var wait = next - Time.GetUtcNow();
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
}
