using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MipgTeams.Search;
using MipgTeams.Search.Answers;
using MipgTeams.Search.Index;
using MipgTeams.Store;

namespace MipgTeams.Bench.Portal;

/// <summary>The answer engine alone, in process, over the same store: how much of /buscar is the engine itself.</summary>
internal static class AnswerProbe
{
    public static async Task RunAsync(string connection, string indexPath, IReadOnlyList<string> questions, Func<int, string> newQuestion)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = connection,
            ["Search:IndexPath"] = indexPath,
        }).Build();
        await using var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddStore(configuration).AddSearch(configuration).BuildServiceProvider();
        await services.GetRequiredService<IndexUpdater>().CatchUpAsync();
        var engine = services.GetRequiredService<AnswerEngine>();
        foreach (var question in questions)
        {
            var times = new List<double>();
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < 60; i++)
            {
                var started = Stopwatch.GetTimestamp();
                engine.Answer(question);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            Console.WriteLine($"portal: answer engine alone «{question}» p50 {Percentiles.Of(times.Skip(10).ToList(), 50):F2} ms; CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds / 60:F2} ms");
        }
        // The questions /buscar (nuevas) asks: each one new, so nothing is cached anywhere.
        var fresh = new List<double>();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < 300; i++)
        {
            var started = Stopwatch.GetTimestamp();
            engine.Answer(newQuestion(i));
            fresh.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        var measured = fresh.Skip(50).ToList();
        // CPU time per question does not grow with other processes' load the way wall time does on a shared machine.
        var cpuPerQuestion = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / fresh.Count;
        Console.WriteLine($"portal: answer engine alone, new questions p50 {Percentiles.Of(measured, 50):F2} ms  p95 {Percentiles.Of(measured, 95):F2} ms; " +
            $"CPU {cpuPerQuestion:F2} ms per question (load average {LoadAverage()})");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
