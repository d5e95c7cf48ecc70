using MipgTeams.Bench.Search;

// Benchmarks, separate from the tests; each mode prints its figures.
// Usage: dotnet run -c Release --project bench/MipgTeams.Bench -- <mode>
var mode = args.FirstOrDefault() ?? "help";
switch (mode)
{
    case "search":
        SearchBenchmark.Run();
        break;
    default:
        Console.WriteLine("modes: search");
        break;
}
