using MipgTeams.Bench.Bot;
using MipgTeams.Bench.Reminders;
using MipgTeams.Bench.Search;
using MipgTeams.Bench.Sync;

// Benchmarks, separate from the tests; each mode prints its figures.
// Usage: dotnet run -c Release --project bench/MipgTeams.Bench -- <mode>
var mode = args.FirstOrDefault() ?? "help";
switch (mode)
{
    case "search":
        SearchBenchmark.Run();
        break;
    case "evaluation":
        await EvaluationBenchmark.RunAsync();
        break;
    case "bare-server":
        await BotEndpointBenchmark.RunBareServerAsync(args[1]);
        break;
    case "turn":
        await TurnCostProbe.RunAsync();
        break;
    case "reminders":
        await ReminderBenchmark.RunAsync();
        break;
    case "bot":
        await BotEndpointBenchmark.RunAsync();
        break;
    case "sync":
        await GraphSyncBenchmark.RunAsync();
        break;
    default:
        Console.WriteLine("modes: search, evaluation, bot, turn, sync, reminders");
        break;
}
