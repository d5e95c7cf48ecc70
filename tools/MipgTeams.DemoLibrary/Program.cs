using MipgTeams.DemoLibrary;

// Writes the demo SharePoint library and its admin lists into the folder given (default: demo).
// Usage: dotnet run --project tools/MipgTeams.DemoLibrary -- [output-folder]
var output = args.Length > 0 ? args[0] : "demo";
var summary = DemoLibraryGenerator.Generate(output);
Console.WriteLine($"Demo library written to {output}: {summary.Documents} documents, {summary.Processes} processes, {summary.Macroprocesses} macroprocesses, {summary.Lists} lists.");
