using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MipgTeams.Bench.Bot;
using MipgTeams.Bench.Portal;
using MipgTeams.Store;
using MipgTeams.TestSupport;

namespace MipgTeams.Bench.Indicators;

/// <summary>
/// The whole /indicadores page as a quality member gets it: the real portal in its own process (development sign-in)
/// over the seeded store, one client on loopback, so each figure is the server's time (queries, charts, Razor) plus
/// loopback. Then «Descargar Excel», and the portal process's peak memory.
/// </summary>
internal static partial class ServedPageBenchmark
{
    public static async Task RunAsync(TestStore store, IReadOnlyList<string> queries)
    {
        var work = Directory.CreateTempSubdirectory("mipg-bench-indicators-").FullName;
        Process? portal = null;
        try
        {
            string quality;
            await using (var db = store.CreateDbContext())
            {
                quality = (await db.ActiveQualityTeamAsync(default))[0].Person.EntraObjectId!;
            }
            var port = BotEndpointBenchmark.FreePort();
            portal = BotEndpointBenchmark.StartProcess(PortalBenchmark.PortalDll(), [$"--urls=http://127.0.0.1:{port}"], new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["MIPG_Portal__Auth__Mode"] = "Development",
                ["MIPG_Store__Provider"] = store.Options.Provider,
                ["MIPG_Store__ConnectionString"] = store.Options.ConnectionString,
                ["MIPG_Search__IndexPath"] = Path.Combine(work, "index"),
                ["MIPG_Folder__Root"] = Path.Combine(BotEndpointBenchmark.RepoRoot(), "demo"),
                ["MIPG_Logging__LogLevel__Default"] = "Warning",
            });
            var site = $"http://127.0.0.1:{port}";
            await BotEndpointBenchmark.WaitAsync(site + "/healthz", seconds: 300);

            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(site) };
            var form = await http.GetStringAsync("/indicadores/ingresar");
            using var signIn = await http.PostAsync("/indicadores/ingresar", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["persona"] = quality,
                ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
            }));
            if (signIn.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"The development sign-in answered {signIn.StatusCode}.");
            }
            foreach (var query in queries)
            {
                var times = new List<double>();
                long size = 0;
                var first = 0.0;
                for (var i = 0; i < IndicatorBenchmark.Loads + 3; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await http.GetAsync("/indicadores" + query);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        throw new InvalidOperationException($"/indicadores{query} answered {response.StatusCode}.");
                    }
                    if (i == 0)
                    {
                        first = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    }
                    if (i >= 3)
                    {
                        times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        size = body.Length;
                    }
                }
                // The first load computes the report; the next ones (same filter, within IndicatorReportCache.Lifetime) reuse it.
                Console.WriteLine($"served page /indicadores{query}: first (computed) {first:F0} ms; then p50 {Percentiles.Of(times, 50):F1} ms, p95 {Percentiles.Of(times, 95):F1} ms, "
                    + $"max {times.Max():F1} ms, {size / 1024.0:F0} KB");
            }
            var excel = Stopwatch.StartNew();
            var file = await http.GetByteArrayAsync("/indicadores/excel" + queries[0]);
            Console.WriteLine($"served Excel {queries[0]}: {excel.Elapsed.TotalMilliseconds:F0} ms, {file.Length / 1024.0:F0} KB");
            Console.WriteLine($"portal process: peak resident memory {PeakResidentMegabytes(portal.Id)}");
        }
        finally
        {
            if (portal is { HasExited: false })
            {
                portal.Kill(entireProcessTree: true);
                await portal.WaitForExitAsync();
            }
            Directory.Delete(work, recursive: true);
        }
    }

    // VmHWM: the process's peak resident set since it started (Linux), what "memory < 300 MB" is about.
    private static string PeakResidentMegabytes(int pid)
    {
        var status = $"/proc/{pid}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? "unknown" : $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0:F0} MB";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
