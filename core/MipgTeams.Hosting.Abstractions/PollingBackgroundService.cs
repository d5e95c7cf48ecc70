using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MipgTeams.Hosting;

/// <summary>
/// A loop that runs one pass, waits, and runs the next until the host stops: the shape of every worker here. A failing
/// pass is logged and the next one goes ahead after <see cref="RetryDelay"/>; stopping ends the wait or the pass in
/// progress without an error. The wait uses the injected <see cref="TimeProvider"/>, so tests drive it with
/// FakeTimeProvider; tests call <see cref="RunOnceAsync"/> directly to check one pass.
/// </summary>
public abstract class PollingBackgroundService(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The clock the waits follow.</summary>
    protected TimeProvider Time => time;

    /// <summary>The derived service's logger, where the loop reports failed passes.</summary>
    protected ILogger Logger => logger;

    /// <summary>One pass of the work; public so tests can run a single pass.</summary>
    public abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>The wait between passes.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>The wait after a pass that succeeded; a pass that works out its own next run (a daily job) overrides it.</summary>
    protected virtual TimeSpan NextDelay() => Interval;

    /// <summary>The wait after a failed pass.</summary>
    protected virtual TimeSpan RetryDelay => Interval;

    /// <summary>The setting that turns the loop off on this instance (<c>Reminders:Enabled=false</c>), or null when it runs.</summary>
    protected virtual string? DisabledBy => null;

    /// <summary>Runs once the loop has ended on a stop (for example to give up a lease); a failure is logged.</summary>
    protected virtual Task OnStoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (DisabledBy is { } setting)
        {
            logger.LogInformation("Off on this instance ({Setting})", setting);
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan delay;
            try
            {
                await RunOnceAsync(stoppingToken);
                delay = NextDelay();
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                return; // the pass was interrupted by the stop: nothing to report
            }
            catch (Exception e)
            {
                // A timeout inside the pass (an OperationCanceledException that is not our stop) is a failure like any other.
                delay = RetryDelay;
                logger.LogError(e, "Pass failed; the next one runs in {Delay}", delay);
            }
            try
            {
                await Task.Delay(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken); // the pass in progress ends first
        try
        {
            await OnStoppedAsync(cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Clean-up after stopping failed");
        }
    }
}
