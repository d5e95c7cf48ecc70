using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using MipgTeams.SharePoint.Sync;

namespace MipgTeams.SharePoint.Tests.Sync;

/// <summary>What an operator's dashboard and alerts see of the sync (exported to Application Insights in Azure).</summary>
public sealed class SyncTelemetryTests : SyncedDemoTests
{
    private readonly FakeTimeProvider time;

    public SyncTelemetryTests()
        : this(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero)))
    {
    }

    private SyncTelemetryTests(FakeTimeProvider time)
        : base(time) => this.time = time;

    private IMeterFactory Meters => Demo.Services.GetRequiredService<IMeterFactory>();

    [Fact]
    public async Task A_run_is_counted_with_its_outcome_and_what_it_did_to_the_items()
    {
        using var runs = new MetricCollector<long>(Meters, SyncTelemetry.Name, "mipg.sync.runs");
        using var items = new MetricCollector<long>(Meters, SyncTelemetry.Name, "mipg.sync.items");
        using var duration = new MetricCollector<double>(Meters, SyncTelemetry.Name, "mipg.sync.run.duration");
        File.Delete(Directory.GetFiles(Path.Combine(Demo.Folder, "library"), "GLEGN02-F002*", SearchOption.AllDirectories).Single());

        var summary = await Demo.SyncAsync();

        await using var db = Demo.Store.CreateDbContext();
        var stored = await db.SyncRuns.SingleAsync(r => r.Id == summary.RunId);
        var run = Assert.Single(runs.GetMeasurementSnapshot());
        Assert.Equal(SyncTelemetry.OutcomeName(stored.Outcome), run.Tags["outcome"]);
        Assert.Equal(summary.Seen, Sum(items, "seen"));
        Assert.Equal(1, Sum(items, "removed"));
        Assert.Equal(summary.Failed, Sum(items, "failed"));
        Assert.Single(duration.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task The_age_of_the_last_good_run_grows_until_the_next_one()
    {
        using var age = new MetricCollector<double>(Meters, SyncTelemetry.Name, "mipg.sync.last_success.age");
        time.Advance(TimeSpan.FromMinutes(12));

        age.RecordObservableInstruments();
        Assert.Equal(720, age.LastMeasurement!.Value);

        await Demo.SyncAsync();
        age.RecordObservableInstruments();
        Assert.Equal(0, age.LastMeasurement!.Value);
    }

    private static long Sum(MetricCollector<long> collector, string result) =>
        collector.GetMeasurementSnapshot().Where(m => Equals(m.Tags["result"], result)).Sum(m => m.Value);
}
