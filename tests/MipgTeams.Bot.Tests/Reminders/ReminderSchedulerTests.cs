using MipgTeams.Bot.Reminders;
using MipgTeams.Domain.Reminders;
using MipgTeams.Domain.Time;
using static MipgTeams.Bot.Tests.ChangeRequests.ChangeRequestScenario;

namespace MipgTeams.Bot.Tests.Reminders;

public sealed class ReminderSchedulerTests
{
    private static DateTimeOffset Bogota(int month, int day, int hour, int minute = 0) =>
        BogotaTime.At(new DateOnly(2026, month, day), new TimeOnly(hour, minute));

    [Fact]
    public void Before_the_hour_on_a_business_day_the_next_run_is_today()
    {
        Assert.Equal(Bogota(11, 25, 8), ReminderScheduler.NextRun(Bogota(11, 25, 7, 59), new TimeOnly(8, 0)));
    }

    [Fact]
    public void After_friday_s_run_the_next_skips_the_weekend_and_a_monday_holiday()
    {
        // Monday 16 November 2026 is the Independencia de Cartagena, moved from Wednesday 11.
        Assert.Equal(Bogota(11, 17, 8), ReminderScheduler.NextRun(Bogota(11, 13, 8, 5), new TimeOnly(8, 0), done: new DateOnly(2026, 11, 13)));
        Assert.Equal(Bogota(11, 17, 8), ReminderScheduler.NextRun(Bogota(11, 14, 10), new TimeOnly(8, 0)));
    }

    [Fact]
    public void An_instance_started_after_the_hour_runs_at_once()
    {
        Assert.Equal(Bogota(11, 25, 8), ReminderScheduler.NextRun(Bogota(11, 25, 15), new TimeOnly(8, 0)));
    }

    [Fact]
    public async Task The_scheduler_sends_each_business_day_at_the_hour_driven_by_the_clock()
    {
        var time = new TimerWatchingTimeProvider(); // Wednesday 25 November 2026, 08:00 in Bogotá
        await using var scenario = await ReminderScenario.StartAsync(time, new Dictionary<string, string?> { ["Reminders:MaxSleep"] = "06:00:00" });
        await scenario.Requests.SubmitAsync();
        var scheduler = ActivatorUtilities.CreateInstance<ReminderScheduler>(scenario.Bot.Services);
        using var stop = new CancellationTokenSource();

        await scheduler.StartAsync(stop.Token);
        await time.TimerStartedAsync(TimeSpan.FromHours(6)); // sent today, now sleeping towards tomorrow's 08:00
        Assert.Single(await scenario.OutboxAsync(PersonDigest.DigestKey(Andrea, new DateOnly(2026, 11, 25))));
        Assert.Empty(await scenario.OutboxAsync(PersonDigest.DigestKey(Andrea, new DateOnly(2026, 11, 26))));

        for (var i = 0; i < 4; i++)
        {
            time.Advance(TimeSpan.FromHours(6));
            await time.TimerStartedAsync(TimeSpan.FromHours(6));
        }

        var thursday = Assert.Single(await scenario.OutboxAsync(PersonDigest.DigestKey(Andrea, new DateOnly(2026, 11, 26))));
        Assert.Contains("1 día hábil esperando", thursday.ActivityJson, StringComparison.Ordinal);
        await stop.CancelAsync();
        await scheduler.StopAsync(default);
    }
}
