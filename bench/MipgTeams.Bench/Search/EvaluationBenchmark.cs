using System.Diagnostics;
using MipgTeams.Bench.Bot;
using MipgTeams.Evaluation;

namespace MipgTeams.Bench.Search;

/// <summary>
/// The evaluation sets end to end through a real bot process on loopback: each library synced into a fresh SQLite
/// store, the bot started on it, every question posted to /api/messages with expectReplies and its card scored
/// (top-1, hit@3, MRR, facts, «No encontré» when there is no answer); then how the first ten questions after start-up
/// compare with the rest (the engine is warmed at start, so they should not be much slower).
/// </summary>
internal static class EvaluationBenchmark
{
    public static async Task RunAsync()
    {
        var root = BotEndpointBenchmark.RepoRoot();
        foreach (var set in new[] { EvaluationSet.Demo(root), EvaluationSet.Unseen(root) })
        {
            await RunAsync(set);
        }
    }

    private static async Task RunAsync(EvaluationSet set)
    {
        var work = Directory.CreateTempSubdirectory("mipg-bench-evaluation-").FullName;
        Process? bot = null;
        try
        {
            var connection = $"Data Source={Path.Combine(work, "mipg.db")}";
            await EvaluationRunner.SyncAsync(set, connection);
            var port = BotEndpointBenchmark.FreePort();
            bot = BotEndpointBenchmark.StartProcess(Path.Combine(AppContext.BaseDirectory, "MipgTeams.Bot.dll"), [$"--urls=http://127.0.0.1:{port}"], new Dictionary<string, string>
            {
                ["MIPG_Store__ConnectionString"] = connection,
                ["MIPG_Folder__Root"] = set.Folder,
                ["MIPG_Search__IndexPath"] = Path.Combine(work, "index"),
                ["MIPG_Logging__LogLevel__Default"] = "Warning",
            });
            await BotEndpointBenchmark.WaitAsync($"http://127.0.0.1:{port}/healthz");
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            // The client's own first request (its connection, its HTTP stack's JIT) is not the bot's start-up cost.
            (await client.GetAsync("healthz")).EnsureSuccessStatusCode();
            var result = await EvaluationRunner.AskAllAsync(client, set);
            Console.Write(result.Report());
            var first = result.LatenciesMs.Take(10).ToList();
            var rest = result.LatenciesMs.Skip(10).ToList();
            Console.WriteLine($"{set.Name}: HTTP after start-up: first ten mean {first.Average():F1} ms (max {first.Max():F1}), rest mean {rest.Average():F1} ms " +
                $"(p50 {Percentiles.Of(rest, 50):F1}, p99 {Percentiles.Of(rest, 99):F1}); first ten / rest {first.Average() / rest.Average():F2}x");
            Console.WriteLine($"{set.Name}: the first ten: {string.Join(", ", first.Select(ms => $"{ms:F0}"))} ms");
            var slowest = result.LatenciesMs.Select((ms, i) => (ms, i)).Skip(10).OrderByDescending(p => p.ms).Take(3);
            Console.WriteLine($"{set.Name}: slowest after the first ten: {string.Join("; ", slowest.Select(p => $"{p.ms:F1} ms «{result.Asked[p.i]}»"))}");

            // The same questions again: what is slow only the first time is compilation or a cold cache, not the engine.
            var again = await EvaluationRunner.AskAllAsync(client, set);
            var slowestAgain = again.LatenciesMs.Select((ms, i) => (ms, i)).OrderByDescending(p => p.ms).Take(3);
            Console.WriteLine($"{set.Name}: asked again: p50 {Percentiles.Of(again.LatenciesMs, 50):F1} ms, p99 {Percentiles.Of(again.LatenciesMs, 99):F1} ms; " +
                $"slowest {string.Join("; ", slowestAgain.Select(p => $"{p.ms:F1} ms «{again.Asked[p.i]}»"))}");
        }
        finally
        {
            if (bot is { HasExited: false })
            {
                bot.Kill(entireProcessTree: true);
                await bot.WaitForExitAsync();
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }
}
