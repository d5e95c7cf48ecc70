using System.Diagnostics;
using MipgTeams.Bench.Bot;

namespace MipgTeams.Bench.Portal;

/// <summary>
/// The portal over 10,000 generated documents (plus the demo), in its own process on loopback: latency per page type
/// (one client, so the figures are the server's time plus loopback) and page sizes, the exports, and start-up.
/// </summary>
internal static class PortalBenchmark
{
    private const int Documents = 10_000;
    private const int Requests = 400;
    private const int WarmUp = 40;

    /// <summary>The answer engine alone over the same generated store: the in-process share of /buscar (and a process to profile).</summary>
    public static async Task RunEngineAsync()
    {
        var work = Directory.CreateTempSubdirectory("mipg-bench-portal-engine-").FullName;
        try
        {
            var connection = $"Data Source={Path.Combine(work, "mipg.db")}";
            await BotEndpointBenchmark.SyncDemoAsync(connection);
            await PortalSeed.AddAsync(connection, Documents, new Random(42));
            await AnswerProbe.RunAsync(connection, Path.Combine(work, "index"), ["plazo para responder una peticion"], NewQuestion);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    public static async Task RunAsync()
    {
        var work = Directory.CreateTempSubdirectory("mipg-bench-portal-").FullName;
        Process? portal = null;
        try
        {
            var connection = $"Data Source={Path.Combine(work, "mipg.db")}";
            await BotEndpointBenchmark.SyncDemoAsync(connection);
            var random = new Random(42);
            var codes = await PortalSeed.AddAsync(connection, Documents, random);
            Console.WriteLine($"portal: store seeded with {Documents:N0} generated documents ({codes.Count:N0} codes) beside the demo");

            var port = BotEndpointBenchmark.FreePort();
            var started = Stopwatch.StartNew();
            portal = BotEndpointBenchmark.StartProcess(PortalDll(), [$"--urls=http://127.0.0.1:{port}"], new Dictionary<string, string>
            {
                ["MIPG_Store__ConnectionString"] = connection,
                ["MIPG_Search__IndexPath"] = Path.Combine(work, "index"),
                ["MIPG_Folder__Root"] = Path.Combine(BotEndpointBenchmark.RepoRoot(), "demo"),
                ["MIPG_Logging__LogLevel__Default"] = "Warning",
            });
            var site = $"http://127.0.0.1:{port}";
            await BotEndpointBenchmark.WaitAsync(site + "/healthz", seconds: 300); // 10,000 documents are indexed first
            Console.WriteLine($"portal: ready in {started.Elapsed.TotalSeconds:F1} s (index and catalog built from the store)");

            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(site) };
            var processes = new[] { "GLEGN02", "GLEGN01", "DESPL01", "GFORC01", "GINFD01", "MSCIU01", "GBYSC01" };
            string[] questions = ["formato memoria justificativa", "plazo para responder una peticion", "procedimeinto de conciliacion", "certificado de disponibilidad presupuestal", "gestion documental inventario", "vacaciones talento humano"];
            var pages = new (string Name, Func<int, string> Path)[]
            {
                ("inicio", _ => "/"),
                ("proceso", i => "/procesos/" + processes[i % processes.Length]),
                ("documento", i => "/documentos/" + codes[i * 7919 % codes.Count]),
                ("buscar (repetidas)", i => "/buscar?q=" + Uri.EscapeDataString(questions[i % questions.Length])),
                ("buscar (nuevas)", i => "/buscar?q=" + Uri.EscapeDataString(NewQuestion(i))),
                ("listado", i => "/listado-maestro"),
                ("listado filtrado", i => $"/listado-maestro?proceso={processes[i % processes.Length]}&q=manual&orden=fecha&dir=desc"),
                ("listado ordenado p.50", i => "/listado-maestro?orden=titulo&obsoletos=1&pagina=50"),
                ("cambios", _ => "/cambios"),
                ("cambios.atom", _ => "/cambios.atom"),
                ("descarga", i => $"/documentos/{codes[i * 104729 % codes.Count]}/1.0"),
                ("400 (página -1)", _ => "/listado-maestro?pagina=-1"),
            };
            foreach (var (name, path) in pages)
            {
                var (latencies, bytes, failures) = await MeasureAsync(http, path);
                Console.WriteLine($"portal: {name,-22} p50 {Percentiles.Of(latencies, 50),6:F2} ms  p95 {Percentiles.Of(latencies, 95),6:F2} ms  p99 {Percentiles.Of(latencies, 99),6:F2} ms  size {bytes / 1024.0,6:F1} KB  errors {failures}");
            }
            foreach (var export in new[] { "/listado-maestro.xlsx", "/listado-maestro.csv" })
            {
                var timer = Stopwatch.StartNew();
                var body = await http.GetByteArrayAsync(export);
                Console.WriteLine($"portal: {export,-22} {timer.Elapsed.TotalMilliseconds:F0} ms for {body.Length / 1024.0:F0} KB (every current document)");
            }
            portal.Refresh();
            Console.WriteLine($"portal: working set {portal.WorkingSet64 / 1024.0 / 1024.0:F0} MB");
            await AnswerProbe.RunAsync(connection, Path.Combine(work, "probe-index"), questions, NewQuestion);
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

    private static async Task<(List<double> Latencies, long Bytes, int Failures)> MeasureAsync(HttpClient http, Func<int, string> path)
    {
        var latencies = new List<double>(Requests);
        long bytes = 0;
        var failures = 0;
        for (var i = 0; i < WarmUp + Requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(path(i));
            var body = await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (i < WarmUp)
            {
                continue;
            }
            latencies.Add(elapsed);
            bytes = Math.Max(bytes, body.Length);
            failures += (int)response.StatusCode >= 500 ? 1 : 0;
        }
        return (latencies, bytes, failures);
    }

    // Three words of the corpus's domain, a different combination each time: every answer is computed, none cached.
    private static string NewQuestion(int i)
    {
        var words = PortalSeed.Words;
        return $"{words[i % words.Length]} {words[(i / words.Length + 7) % words.Length]} {words[(i * 13 + 5) % words.Length]}";
    }

    // The portal runs from its own output folder (its appsettings.json and wwwroot), built alongside the bench.
    internal static string PortalDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        return Path.Combine(BotEndpointBenchmark.RepoRoot(), "portal", "MipgTeams.Portal", "bin", configuration, output.Name, "MipgTeams.Portal.dll");
    }
}
