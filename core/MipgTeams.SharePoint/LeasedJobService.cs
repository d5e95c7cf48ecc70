using Microsoft.Extensions.Logging;
using MipgTeams.Hosting;

namespace MipgTeams.SharePoint;

/// <summary>Runs a leased-job worker's pass every PollInterval of its section; idle on an instance where it is not enabled.</summary>
public sealed class LeasedJobService<TWorker>(TWorker worker, TimeProvider time, ILogger<TWorker> logger) : PollingBackgroundService(time, logger)
    where TWorker : ILeasedJobWorker
{
    protected override TimeSpan Interval => worker.PollInterval;

    protected override string? DisabledBy => worker.Enabled ? null : $"{worker.Section}:Enabled=false";

    public override Task RunOnceAsync(CancellationToken cancellationToken) => worker.RunDueAsync(cancellationToken);
}
