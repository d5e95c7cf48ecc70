using System.Diagnostics;
using System.Globalization;
using MipgTeams.Bench.Bot;
using MipgTeams.SharePoint.Sync;

namespace MipgTeams.Bench.Sync;

/// <summary>
/// How the sync's memory and speed scale with the library: first syncs of 10,000 and 50,000 documents against the fake
/// Graph, served from a child process (so its site is not counted). "worker@0": the real sync worker (its own process,
/// its own runtime settings) runs <c>once</c> with text extraction and no added latency, and its peak working set is
/// read from the system. "metadata@50": in this process, metadata only, 50 ms added to every Graph call: items/s.
/// </summary>
internal static class SyncScaleBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var sizes = args.Length > 0 ? args[0].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : [10_000, 50_000];
        var runs = args.Length > 1 ? args[1].Split(',') : ["worker@0", "metadata@50"];
        foreach (var size in sizes)
        {
            foreach (var run in runs)
            {
                var (kind, latency) = (run.Split('@')[0], int.Parse(run.Split('@')[1], CultureInfo.InvariantCulture));
                if (kind == "worker")
                {
                    await MeasureWorkerAsync(size, latency);
                }
                else
                {
                    await MeasureAsync(size, kind == "metadata", latency, parallelism: 4);
                }
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

    private static async Task MeasureWorkerAsync(int size, int latencyMs)
    {
        var (child, baseUrl) = await StartFakeGraphAsync(size, latencyMs);
        var work = Directory.CreateTempSubdirectory("mipg-sync-scale-");
        try
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = work.FullName };
            info.ArgumentList.Add(WorkerDll());
            info.ArgumentList.Add("once");
            info.Environment["MIPG_Sync__Source"] = "Graph";
            info.Environment["MIPG_Graph__BaseUrl"] = baseUrl;
            info.Environment["MIPG_Graph__Site"] = "contoso.sharepoint.com:/sites/calidad";
            info.Environment["MIPG_Graph__Credential__Kind"] = "None";
            info.Environment["MIPG_Store__ConnectionString"] = $"Data Source={Path.Combine(work.FullName, "mipg.db")}";
            var watch = Stopwatch.StartNew();
            using var worker = Process.Start(info)!;
            var output = worker.StandardOutput.ReadToEndAsync();
            var errors = worker.StandardError.ReadToEndAsync();
            // The system's high-water mark of the worker's resident set (VmHWM on Linux), read until it exits.
            long peak = 0;
            using (var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100)))
            {
                while (!worker.HasExited && await timer.WaitForNextTickAsync())
                {
                    try
                    {
                        worker.Refresh();
                        peak = Math.Max(peak, worker.PeakWorkingSet64);
                    }
                    catch (InvalidOperationException)
                    {
                        break; // exited between the check and the read
                    }
                }
            }
            await worker.WaitForExitAsync();
            watch.Stop();
            var summary = (await output).Split('\n').LastOrDefault(l => l.StartsWith("Sincronización", StringComparison.Ordinal))?.Trim() ?? (await errors).Trim();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size:N0} documents, sync worker process, with extraction, {latencyMs} ms per call: {watch.Elapsed.TotalSeconds:F1} s, " +
                $"peak working set {peak / 1048576} MB; «{summary}»"));
        }
        finally
        {
            child.StandardInput.Close();
            await child.WaitForExitAsync();
            child.Dispose();
            work.Delete(recursive: true);
        }
    }

    private static async Task<(Process Child, string BaseUrl)> StartFakeGraphAsync(int size, int latencyMs)
    {
        var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["fake-graph", size.ToString(CultureInfo.InvariantCulture), latencyMs.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        })!;
        string? line;
        while ((line = await child.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("URL ", StringComparison.Ordinal))
        {
        }
        return (child, line![4..]);
    }

    // The worker runs from its own output folder (its appsettings.json and runtime settings), built alongside the bench.
    private static string WorkerDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(BotEndpointBenchmark.RepoRoot(), "sync-worker", "MipgTeams.SyncWorker", "bin", output.Parent!.Name, output.Name, "MipgTeams.SyncWorker.dll");
    }

    private static async Task MeasureAsync(int size, bool metadataOnly, int latencyMs, int parallelism)
    {
        var (started, baseUrl) = await StartFakeGraphAsync(size, latencyMs);
        using var child = started;
        try
        {
            await using var worker = await GraphSyncBenchmark.Worker.CreateAsync(baseUrl, metadataOnly, parallelism);
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var before = process.WorkingSet64;
            var peak = before;
            var (peakHeap, peakCommitted) = (0L, 0L);
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
                        // The managed share of it: what the GC holds live and what it keeps committed.
                        peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                        peakCommitted = Math.Max(peakCommitted, GC.GetGCMemoryInfo().TotalCommittedBytes);
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
                $"failed {summary.Failed}; working set at start {before / 1048576} MB, peak {peak / 1048576} MB (managed heap peak {peakHeap / 1048576} MB, GC committed peak {peakCommitted / 1048576} MB, gen2 collections {GC.CollectionCount(2)})"));
        }
        finally
        {
            child.StandardInput.Close();
            await child.WaitForExitAsync();
        }
    }
}
