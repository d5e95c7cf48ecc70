using System.Text.Json;
using System.Text.Json.Nodes;

namespace MipgTeams.Evaluation;

/// <summary>A folder library (library/ and lists/, as the Folder source reads it) and the questions asked of it.</summary>
public sealed record EvaluationSet(string Name, string Folder, IReadOnlyList<EvaluationCase> Cases)
{
    /// <summary>The demo library with the search tests' questions and the demo's unanswerable ones.</summary>
    public static EvaluationSet Demo(string repoRoot) => new("demo", Path.Combine(repoRoot, "demo"),
    [
        .. Read(Path.Combine(repoRoot, "tests", "MipgTeams.Search.Tests", "Evaluation", "preguntas.json")),
        .. Read(Path.Combine(repoRoot, "tests", "evaluation", "demo-sin-respuesta.json")),
    ]);

    /// <summary>Another municipality's library, which the engine was not written against.</summary>
    public static EvaluationSet Unseen(string repoRoot)
    {
        var folder = Path.Combine(repoRoot, "tests", "evaluation", "unseen-library");
        return new("unseen", folder, Read(Path.Combine(folder, "preguntas.json")));
    }

    // Both shapes: the search tests' { question, code, fact, passage } and the evaluation's { question, codes, fact, none }.
    private static List<EvaluationCase> Read(string file) =>
        JsonNode.Parse(File.ReadAllText(file))!.AsArray().Select(node =>
        {
            var item = node!.AsObject();
            var codes = item["codes"]?.AsArray().Select(c => c!.GetValue<string>()).ToList()
                ?? (item["code"]?.GetValue<string>() is { } code ? [code] : []);
            var fact = item["passage"]?.GetValue<string>() ?? item["fact"]?.GetValue<string>();
            return new EvaluationCase(item["question"]!.GetValue<string>(), codes, fact, item["none"]?.GetValue<bool>() == true);
        }).ToList();

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
