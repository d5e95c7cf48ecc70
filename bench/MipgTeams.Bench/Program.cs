using System.Globalization;
using MipgTeams.Bench.Bot;
using MipgTeams.Bench.Indicators;
using MipgTeams.Bench.Portal;
using MipgTeams.Bench.Publication;
using MipgTeams.Bench.Reminders;
using MipgTeams.Bench.Search;
using MipgTeams.Bench.Sync;

// Benchmarks, separate from the tests; each mode prints its figures.
// Usage: dotnet run -c Release --project bench/MipgTeams.Bench -- <mode>
var modes = new Dictionary<string, Func<Task>>(StringComparer.Ordinal)
{
    ["search"] = () =>
    {
        SearchBenchmark.Run();
        return Task.CompletedTask;
    },
    ["evaluation"] = EvaluationBenchmark.RunAsync,
    ["bot"] = BotEndpointBenchmark.RunAsync,
    ["turn"] = TurnCostProbe.RunAsync,
    ["sync"] = GraphSyncBenchmark.RunAsync,
    ["sync-scale"] = () => SyncScaleBenchmark.RunAsync(args[1..]),
    ["reminders"] = ReminderBenchmark.RunAsync,
    ["portal"] = PortalBenchmark.RunAsync,
    ["portal-engine"] = PortalBenchmark.RunEngineAsync,
    ["indicators"] = () => IndicatorBenchmark.RunAsync(args.ElementAtOrDefault(1) ?? "sqlite"),
    ["publication"] = () => PublicationBenchmark.RunAsync(args[1..]),
};

var mode = args.FirstOrDefault() ?? "help";
if (mode == "bare-server")
{
    // Not a mode of its own: the bare endpoint the "bot" mode starts in a second process to compare against.
    await BotEndpointBenchmark.RunBareServerAsync(args[1]);
}
else if (mode == "fake-graph")
{
    // Not a mode of its own: the fake Graph server "sync-scale" starts in a second process (documents, latency in ms).
    await SyncScaleBenchmark.ServeAsync(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
}
else if (modes.TryGetValue(mode, out var run))
{
    await run();
}
else
{
    Console.WriteLine($"modes: {string.Join(", ", modes.Keys)}");
}
