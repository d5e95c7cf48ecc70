using System.Text.Json;
using MipgTeams.Search.Index;
using MipgTeams.TestSupport;
using Xunit.Abstractions;

namespace MipgTeams.Search.Tests.Evaluation;

/// <summary>
/// The evaluation set: questions as staff write them (typos, no accents, synonyms, facts inside procedures), each with the
/// expected document or fact. Prints top-1 accuracy and MRR; top-1 must stay at 90% or more.
/// </summary>
public sealed class EvaluationTests(SearchFixture search, ITestOutputHelper output) : IClassFixture<SearchFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Case(string Question, string? Code, string? Fact, string? Passage);

    [Fact]
    public void Top1_accuracy_on_the_evaluation_set_is_at_least_90_percent()
    {
        var cases = JsonSerializer.Deserialize<List<Case>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "preguntas.json")), Json)!;
        Assert.True(cases.Count >= 40);
        var reciprocal = 0.0;
        var top1 = 0;
        var misses = new List<string>();
        foreach (var c in cases)
        {
            var answer = search.Engine.Answer(c.Question);
            var rank = Rank(answer, c);
            if (rank == 1)
            {
                top1++;
            }
            else
            {
                misses.Add($"{c.Question} → rank {rank}; got {answer.Kind} {answer.Best?.Document.Code} {answer.Text?[..Math.Min(60, answer.Text.Length)]} passage: {answer.Passage}");
            }
            reciprocal += rank == 0 ? 0 : 1.0 / rank;
        }
        var accuracy = (double)top1 / cases.Count;
        output.WriteLine($"Evaluation: {cases.Count} questions, top-1 {accuracy:P1}, MRR {reciprocal / cases.Count:F3}");
        foreach (var miss in misses)
        {
            output.WriteLine("  miss: " + miss);
        }
        Console.WriteLine($"Evaluation: {cases.Count} questions, top-1 {accuracy:P1}, MRR {reciprocal / cases.Count:F3}");
        Assert.True(accuracy >= 0.9, $"top-1 {accuracy:P1}:\n{string.Join("\n", misses)}");
    }

    private static int Rank(Answer answer, Case c)
    {
        if (c.Fact is not null)
        {
            var text = $"{answer.Heading} {answer.Text} {answer.Passage}";
            return text.Contains(c.Fact, StringComparison.Ordinal) ? 1 : 0;
        }
        var index = answer.Documents.ToList().FindIndex(d => d.Document.Code == c.Code);
        if (index < 0)
        {
            return 0;
        }
        if (index == 0 && c.Passage is not null && answer.Passage?.Contains(c.Passage, StringComparison.Ordinal) != true)
        {
            return 2; // right document, but not the passage that answers
        }
        return index + 1;
    }
}
