using Microsoft.Extensions.Time.Testing;

namespace MipgTeams.TestSupport;

/// <summary>
/// A FakeTimeProvider that lets a test wait until the code under test has started a timer of a given length (a retry
/// delay, a typing delay, a worker loop's wait), so the test can advance time exactly past it without sleeping.
/// </summary>
public sealed class TimerWatchingTimeProvider() : FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero))
{
    private readonly Lock gate = new();
    private readonly List<(TimeSpan DueTime, TaskCompletionSource Started)> waits = [];
    private readonly List<TimeSpan> started = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (gate)
        {
            started.Add(dueTime);
            foreach (var wait in waits.Where(w => w.DueTime == dueTime).ToList())
            {
                wait.Started.TrySetResult();
                waits.Remove(wait);
            }
        }
        return timer;
    }

    /// <summary>Completes when a timer of <paramref name="dueTime"/> has been started (now or earlier).</summary>
    public Task TimerStartedAsync(TimeSpan dueTime)
    {
        lock (gate)
        {
            if (started.Remove(dueTime))
            {
                return Task.CompletedTask;
            }
            var wait = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waits.Add((dueTime, wait));
            return wait.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }
}
