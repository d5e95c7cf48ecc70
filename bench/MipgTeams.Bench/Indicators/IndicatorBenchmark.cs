using System.Diagnostics;
using MipgTeams.Bench.Reminders;
using MipgTeams.Indicators;
using MipgTeams.Indicators.Charts;
using MipgTeams.Indicators.Exports;
using MipgTeams.Indicators.Tables;
using MipgTeams.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace MipgTeams.Bench.Indicators;

/// <summary>
/// The indicators page's server work (every query, every chart, every table as HTML-ready rows) at 100,000 change requests
/// and 50,000 questions, on SQLite (default) or PostgreSQL (<c>indicators postgres</c>): p50/p95 over 40 loads per filter (<see cref="Loads"/>),
/// the Excel file, and the process's peak working set; then the whole page as the portal serves it (<see cref="ServedPageBenchmark"/>).
/// </summary>
internal static class IndicatorBenchmark
{
    /// <summary>Loads per filter (MIPG_BENCH_INDICATORS_LOADS, default 40): fewer on a busy machine, the page being seconds there.</summary>
    public static readonly int Loads = int.TryParse(Environment.GetEnvironmentVariable("MIPG_BENCH_INDICATORS_LOADS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 40;

    public static async Task RunAsync(string provider)
    {
        var pg = provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);
        // MIPG_BENCH_INDICATORS_DB: a SQLite file to keep the seeded store between runs (seeding takes minutes).
        var kept = Environment.GetEnvironmentVariable("MIPG_BENCH_INDICATORS_DB");
        var seed = Stopwatch.StartNew();
        await using var store = !pg && kept is not null && File.Exists(kept)
            ? TestStore.CopyOfSqlite(kept)
            : await TestStore.CreateAsync(pg ? StoreProvider.PostgreSql : StoreProvider.Sqlite);
        if (pg || kept is null || !File.Exists(kept))
        {
            await IndicatorWorkload.SeedAsync(store.Factory, 100_000, 50_000);
            if (!pg && kept is not null)
            {
                await store.SaveSqliteCopyAsync(kept);
            }
        }
        if (pg)
        {
            // A store that has lived four years has been vacuumed many times (autovacuum); rows bulk-loaded a moment ago
            // have not, and PostgreSQL reads the heap for each index entry until the visibility map says otherwise.
            await using var db = store.CreateDbContext();
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }
        await using (var db = store.CreateDbContext())
        {
            Console.WriteLine($"{(pg ? "PostgreSQL" : "SQLite")}: seeded {await db.ChangeRequests.CountAsync():N0} requests, {await db.ChangeRequestEvents.CountAsync():N0} events, "
                + $"{await db.Questions.CountAsync():N0} questions in {seed.Elapsed.TotalSeconds:F1} s");
        }
        var queries = new IndicatorQueries(store.Factory, new ManualClock(IndicatorWorkload.Now));
        await QueryTimes.PrintAsync(store.Factory, new IndicatorFilter(2026));
        await QueryTimes.PrintAsync(store.Factory, new IndicatorFilter(2026, Process: "PA42"));
        foreach (var filter in new[] { new IndicatorFilter(2026), new IndicatorFilter(2026, 4), new IndicatorFilter(2025, Macroprocess: "M03"), new IndicatorFilter(2026, Process: "PA42") })
        {
            await PageAsync(queries, filter);
            var times = new List<double>();
            var reports = new List<double>();
            // CPU time of this process per page: on SQLite (in process) the page's whole work, a figure the machine's
            // load does not inflate the way it inflates the wall time; on PostgreSQL the server's share is not in it.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < Loads; i++)
            {
                var watch = Stopwatch.StartNew();
                await PageAsync(queries, filter, reports);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            var cpuPerPage = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Loads;
            Console.WriteLine($"page {Describe(filter)}: p50 {Percentiles.Of(times, 50):F1} ms, p95 {Percentiles.Of(times, 95):F1} ms, max {times.Max():F1} ms; "
                + $"CPU of this process {cpuPerPage:F1} ms a page; the report alone (queries) p50 {Percentiles.Of(reports, 50):F1} ms, p95 {Percentiles.Of(reports, 95):F1} ms");
        }
        var excel = Stopwatch.StartNew();
        var bytes = IndicatorXlsx.Write(IndicatorTables.All(await queries.LoadAsync(new IndicatorFilter(2026))));
        Console.WriteLine($"Excel (whole year, all sheets): {excel.Elapsed.TotalMilliseconds:F0} ms, {bytes.Length / 1024.0:F0} KB");
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB, managed heap now {GC.GetTotalMemory(false) / 1024.0 / 1024.0:F0} MB");

        // The page as served: the portal process over the same store, signed in as the quality member.
        await ServedPageBenchmark.RunAsync(store, ["?anio=2026", "?anio=2026&trimestre=4", "?anio=2025&macroproceso=M03", "?anio=2026&proceso=PA42"]);
    }

    private static string Describe(IndicatorFilter f) =>
        $"{f.Year}{(f.Quarter is { } q ? $"-T{q}" : "")}{(f.Macroprocess is null ? "" : $" macroproceso {f.Macroprocess}")}{(f.Process is null ? "" : $" proceso {f.Process}")}";

    /// <summary>What the page does per request: load the report, draw the charts, lay out the tables.</summary>
    private static async Task<int> PageAsync(IndicatorQueries queries, IndicatorFilter filter, List<double>? reportTimes = null)
    {
        var watch = Stopwatch.StartNew();
        var report = await queries.LoadAsync(filter);
        reportTimes?.Add(watch.Elapsed.TotalMilliseconds);
        var length = IndicatorCharts.ProcessesModified(report).Length + IndicatorCharts.Requests(report).Length + IndicatorCharts.CycleTimes(report).Length
            + IndicatorCharts.OnTime(report).Length + IndicatorCharts.Questions(report).Length + IndicatorCharts.Socialization(report).Length;
        return length + IndicatorTables.All(report).Sum(t => t.Rows.Count);
    }
}
