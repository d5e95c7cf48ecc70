using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using MipgTeams.TestSupport;

namespace MipgTeams.Hosting.Tests;

/// <summary>
/// The loop under every worker (outbox, index, write-back, sync, reminders): a bad pass must not stop the work, the
/// waits follow the clock, and a stop is quiet.
/// </summary>
public sealed class PollingBackgroundServiceTests
{
    private readonly TimerWatchingTimeProvider time = new();
    private readonly FakeLogger logger = new();

    [Fact]
    public async Task Passes_run_one_interval_apart_on_the_clock()
    {
        using var service = new TestPollingService(time, logger, (_, _) => Task.CompletedTask);

        await service.StartAsync(default);
        Assert.Equal(1, await service.PassStartedAsync());
        await time.TimerStartedAsync(TestPollingService.Every);

        time.Advance(TestPollingService.Every - TimeSpan.FromSeconds(1));
        Assert.Equal(1, service.Passes); // not yet
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, await service.PassStartedAsync());

        await service.StopAsync(default);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // a timeout inside a pass (TaskCanceledException) is a failure like any other, not a stop
    public async Task A_failing_pass_is_logged_and_the_next_one_runs_after_the_retry_delay(bool timeout)
    {
        Exception failure = timeout ? new TaskCanceledException("HTTP timeout") : new InvalidOperationException("store down");
        using var service = new TestPollingService(time, logger, (n, _) => n == 1 ? throw failure : Task.CompletedTask);

        await service.StartAsync(default);
        await time.TimerStartedAsync(TestPollingService.Retry);
        var error = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Equal(failure.Message, error.Exception?.Message);

        time.Advance(TestPollingService.Retry);
        await service.PassStartedAsync();
        Assert.Equal(2, await service.PassStartedAsync());
        await time.TimerStartedAsync(TestPollingService.Every); // back to the normal pace
        Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);

        await service.StopAsync(default);
    }

    [Fact]
    public async Task A_pass_can_set_the_next_wait()
    {
        var tomorrow = TimeSpan.FromHours(19);
        using var service = new TestPollingService(time, logger, (_, _) => Task.CompletedTask) { Next = tomorrow };

        await service.StartAsync(default);
        await time.TimerStartedAsync(tomorrow);
        time.Advance(TestPollingService.Every);
        Assert.Equal(1, service.Passes);
        time.Advance(tomorrow - TestPollingService.Every);

        await service.PassStartedAsync();
        Assert.Equal(2, await service.PassStartedAsync());
        await service.StopAsync(default);
    }

    [Fact]
    public async Task Stopping_during_the_wait_is_quiet_and_runs_the_stop_hook_once()
    {
        using var service = new TestPollingService(time, logger, (_, _) => Task.CompletedTask);
        await service.StartAsync(default);
        await time.TimerStartedAsync(TestPollingService.Every);

        await service.StopAsync(default);

        AssertStoppedQuietly(service);
        Assert.Equal(1, service.Stops);
    }

    [Fact]
    public async Task Stopping_during_a_pass_cancels_it_without_an_error()
    {
        var inPass = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var service = new TestPollingService(time, logger, async (_, ct) =>
        {
            inPass.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, ct); // a pass that only ends when cancelled
        });
        await service.StartAsync(default);
        await inPass.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await service.StopAsync(default);

        AssertStoppedQuietly(service);
        Assert.Equal(1, service.Passes);
    }

    [Fact]
    public async Task A_failing_stop_hook_is_logged_and_the_stop_completes()
    {
        using var service = new TestPollingService(time, logger, (_, _) => Task.CompletedTask)
        {
            OnStopped = () => throw new InvalidOperationException("lease not released"),
        };
        await service.StartAsync(default);
        await time.TimerStartedAsync(TestPollingService.Every);

        await service.StopAsync(default);

        var warning = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Equal("lease not released", warning.Exception?.Message);
    }

    [Fact]
    public async Task A_service_turned_off_by_its_setting_never_runs_a_pass_and_says_which_setting()
    {
        using var service = new TestPollingService(time, logger, (_, _) => Task.CompletedTask) { Disabled = "Reminders:Enabled=false" };

        await service.StartAsync(default);
        await service.ExecuteTask!;
        time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(0, service.Passes);
        Assert.Contains("Reminders:Enabled=false", logger.LatestRecord.Message, StringComparison.Ordinal);
        await service.StopAsync(default);
    }

    // A clean stop: the loop ended without an error and nothing was logged as a warning or worse.
    private void AssertStoppedQuietly(TestPollingService service)
    {
        Assert.True(service.ExecuteTask!.IsCompletedSuccessfully);
        Assert.DoesNotContain(logger.Collector.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }
}
