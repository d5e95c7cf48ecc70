using System.Diagnostics;
using System.Diagnostics.Metrics;
using MipgTeams.Store.Sync;

namespace MipgTeams.SharePoint.Sync;

/// <summary>
/// OpenTelemetry traces and metrics of the sync: a span per run and per library or list, runs by outcome, items seen,
/// changed, removed and failed, run duration, and the age of the last successful run (what an operator alerts on: a
/// sync that keeps failing leaves staff reading an ever older model without anyone noticing).
/// </summary>
public sealed class SyncTelemetry : IDisposable
{
    public const string Name = "MipgTeams.Sync";

    public static readonly ActivitySource Source = new(Name);

    private readonly Meter meter;
    private readonly TimeProvider time;
    private readonly Counter<long> runs;
    private readonly Counter<long> items;
    private readonly Histogram<double> duration;
    private long lastSuccessTicks; // 0 until a run of this process succeeds

    public SyncTelemetry(IMeterFactory meters, TimeProvider time)
    {
        this.time = time;
        meter = meters.Create(Name);
        runs = meter.CreateCounter<long>("mipg.sync.runs", description: "Sync runs, by outcome");
        items = meter.CreateCounter<long>("mipg.sync.items", description: "Library and list items, by what the sync did with them (seen, changed, removed, failed)");
        duration = meter.CreateHistogram<double>("mipg.sync.run.duration", unit: "s", description: "Time a sync run takes");
        meter.CreateObservableGauge("mipg.sync.last_success.age", ObserveLastSuccessAge, unit: "s", description: "Time since the last successful sync run of this worker");
    }

    public void RecordRun(SyncSummary summary, SyncOutcome outcome, TimeSpan elapsed)
    {
        var outcomeTag = new KeyValuePair<string, object?>("outcome", OutcomeName(outcome));
        runs.Add(1, outcomeTag);
        duration.Record(elapsed.TotalSeconds, outcomeTag);
        items.Add(summary.Seen, new KeyValuePair<string, object?>("result", "seen"));
        items.Add(summary.Changed, new KeyValuePair<string, object?>("result", "changed"));
        items.Add(summary.Removed, new KeyValuePair<string, object?>("result", "removed"));
        items.Add(summary.Failed, new KeyValuePair<string, object?>("result", "failed"));
        if (outcome != SyncOutcome.Failed)
        {
            Interlocked.Exchange(ref lastSuccessTicks, time.GetUtcNow().UtcTicks);
        }
    }

    public void Dispose() => meter.Dispose();

    internal static string OutcomeName(SyncOutcome outcome) => outcome switch
    {
        SyncOutcome.Succeeded => "succeeded",
        SyncOutcome.CompletedWithErrors => "completed_with_errors",
        _ => "failed",
    };

    private IEnumerable<Measurement<double>> ObserveLastSuccessAge()
    {
        var ticks = Interlocked.Read(ref lastSuccessTicks);
        return ticks == 0 ? [] : [new Measurement<double>((time.GetUtcNow().UtcTicks - ticks) / (double)TimeSpan.TicksPerSecond)];
    }
}
