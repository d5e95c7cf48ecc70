using System.Diagnostics;
using System.Globalization;
using MipgTeams.SharePoint.Sync;

namespace MipgTeams.Bench.Sync;

/// <summary>
/// How the sync's memory and speed scale with the library: first syncs of 10,000 and 50,000 documents against the fake
/// Graph, served from a child process (so its site is not counted), with text extraction and no added latency, and
/// with metadata only and 50 ms added to every Graph call. The sync's own working set is sampled every 20 ms.
/// </summary>
internal static class SyncScaleBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var sizes = args.Length > 0 ? args[0].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : [10_000, 50_000];
        var runs = args.Length > 1 ? args[1].Split(',') : ["metadata@50", "extraction@0"];
        foreach (var size in sizes)
        {
            foreach (var run in runs)
            {
                var (kind, latency) = (run.Split('@')[0], int.Parse(run.Split('@')[1], CultureInfo.InvariantCulture));
                await MeasureAsync(size, kind == "metadata", latency, parallelism: 4);
            }
        }
    }

    /// <summary>The child process: builds the site, serves it, prints its address, and serves until its input closes.</summary>
    public static async Task ServeAsync(int documents, int latencyMs)
    {
        var state = GraphSyncBenchmark.BuildSite(documents);
        await using var server = await FakeGraphServer.StartAsync(state, TimeSpan.FromMilliseconds(latencyMs));
        Console.WriteLine("URL " + server.BaseUrl);
        await Console.In.ReadToEndAsync();
    }

    private static async Task MeasureAsync(int size, bool metadataOnly, int latencyMs, int parallelism)
    {
        using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["fake-graph", size.ToString(CultureInfo.InvariantCulture), latencyMs.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        })!;
        string? line;
        while ((line = await child.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("URL ", StringComparison.Ordinal))
        {
        }
        var baseUrl = line![4..];
        try
        {
            await using var worker = await GraphSyncBenchmark.Worker.CreateAsync(baseUrl, metadataOnly, parallelism);
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
            var watch = Stopwatch.StartNew();
            SyncSummary summary = await worker.Sync.SyncOnceAsync();
            watch.Stop();
            await stop.CancelAsync();
            await sampler;
            using var http = new HttpClient();
            var requests = await http.GetStringAsync(new Uri(new Uri(baseUrl), "/_requests"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size:N0} documents, {(metadataOnly ? "metadata only" : "with extraction")}, {latencyMs} ms per call, {parallelism} downloads at a time: " +
                $"{summary.Seen} items in {watch.Elapsed.TotalSeconds:F1} s = {summary.Seen / watch.Elapsed.TotalSeconds:F0} items/s, Graph requests {requests}, " +
                $"failed {summary.Failed}; working set at start {before / 1048576} MB, peak {peak / 1048576} MB"));
        }
        finally
        {
            child.StandardInput.Close();
            await child.WaitForExitAsync();
        }
    }
}
