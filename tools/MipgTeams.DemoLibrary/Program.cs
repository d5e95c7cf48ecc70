using MipgTeams.DemoLibrary;

// Writes the demo SharePoint library and its admin lists into the folder given (default: demo); with --unseen, the
// evaluation library of another municipality (tests/evaluation/unseen-library) instead.
// Usage: dotnet run --project tools/MipgTeams.DemoLibrary -- [--unseen] [output-folder]
var unseen = args.Contains("--unseen");
var rest = args.Where(a => a != "--unseen").ToList();
var output = rest.Count > 0 ? rest[0] : unseen ? "tests/evaluation/unseen-library" : "demo";
var summary = DemoLibraryGenerator.Generate(output, unseen ? LibrarySpec.Unseen : LibrarySpec.Demo);
Console.WriteLine($"{(unseen ? "Evaluation" : "Demo")} library written to {output}: {summary.Documents} documents, {summary.Processes} processes, {summary.Macroprocesses} macroprocesses, {summary.Lists} lists.");
