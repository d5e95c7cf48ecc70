using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace MipgTeams.Hosting.Tests;

/// <summary>A polling service whose passes do what the test says and report each call, in order.</summary>
public sealed class TestPollingService(TimeProvider time, ILogger logger, Func<int, CancellationToken, Task> pass) : PollingBackgroundService(time, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan Retry = TimeSpan.FromSeconds(30);

    private readonly Channel<int> passes = Channel.CreateUnbounded<int>();
    private int count;

    public string? Disabled { get; init; }

    public TimeSpan? Next { get; set; }

    public Func<Task>? OnStopped { get; init; }

    public int Stops { get; private set; }

    protected override TimeSpan Interval => Every;

    protected override TimeSpan RetryDelay => Retry;

    protected override string? DisabledBy => Disabled;

    public override Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var number = ++count;
        passes.Writer.TryWrite(number);
        return pass(number, cancellationToken);
    }

    protected override TimeSpan NextDelay() => Next ?? base.NextDelay();

    protected override async Task OnStoppedAsync(CancellationToken cancellationToken)
    {
        Stops++;
        if (OnStopped is not null)
        {
            await OnStopped();
        }
    }

    /// <summary>Completes with the number of the next pass that starts.</summary>
    public async Task<int> PassStartedAsync() => await passes.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>How many passes have started so far.</summary>
    public int Passes => count;
}
