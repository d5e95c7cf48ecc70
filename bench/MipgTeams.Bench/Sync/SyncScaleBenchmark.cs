using System.Diagnostics;
using System.Globalization;
using MipgTeams.SharePoint.Sync;

namespace MipgTeams.Bench.Sync;

/// <summary>
/// How the sync scales with the library: a first sync of 10,000 and of 50,000 documents against the local fake Graph,
/// with text extraction (working set sampled every 20 ms: peak, and peak over the process before the sync, which holds
/// the fake site itself), then metadata only with 50 ms added to every Graph call, and with extraction at 50 ms on
/// 2,000 documents with 4 and 8 downloads at a time.
/// </summary>
internal static class SyncScaleBenchmark
{
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(50);

    public static async Task RunAsync()
    {
        foreach (var size in (int[])[10_000, 50_000])
        {
            var state = GraphSyncBenchmark.BuildSite(size);
            await using (var server = await FakeGraphServer.StartAsync(state))
            {
                await MeasureAsync($"{size:N0} documents, with extraction, no latency", server, metadataOnly: false, parallelism: 4);
            }
            await using (var slow = await FakeGraphServer.StartAsync(state, Latency))
            {
                await MeasureAsync($"{size:N0} documents, metadata only, 50 ms per call", slow, metadataOnly: true, parallelism: 4);
            }
        }
        var small = GraphSyncBenchmark.BuildSite(2_000);
        await using var latency = await FakeGraphServer.StartAsync(small, Latency);
        foreach (var parallelism in (int[])[4, 8])
        {
            await MeasureAsync($"2,000 documents, with extraction, 50 ms per call, {parallelism} downloads at a time", latency, metadataOnly: false, parallelism);
        }
    }

    private static async Task MeasureAsync(string what, FakeGraphServer server, bool metadataOnly, int parallelism)
    {
        await using var worker = await GraphSyncBenchmark.Worker.CreateAsync(server.BaseUrl, metadataOnly, parallelism);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        var peak = before;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token))
                {
                    process.Refresh();
                    peak = Math.Max(peak, process.WorkingSet64);
                }
            }
            catch (OperationCanceledException)
            {
                // done
            }
        });
        server.Handler.ClearRequests();
        var watch = Stopwatch.StartNew();
        SyncSummary summary = await worker.Sync.SyncOnceAsync();
        watch.Stop();
        await stop.CancelAsync();
        await sampler;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {summary.Seen} items in {watch.Elapsed.TotalSeconds:F1} s = {summary.Seen / watch.Elapsed.TotalSeconds:F0} items/s, " +
            $"Graph requests {server.Handler.Requests.Count}, failed {summary.Failed}; working set before {before / 1048576} MB, peak {peak / 1048576} MB (+{(peak - before) / 1048576} MB)"));
    }
}
