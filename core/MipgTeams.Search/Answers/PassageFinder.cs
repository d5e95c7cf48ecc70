using Lucene.Net.Analysis;
using MipgTeams.Search.Analysis;

namespace MipgTeams.Search.Answers;

/// <summary>
/// Picks the line of a document that answers the question: the one sharing the most terms with it, preferring lines
/// with figures when the question asks how long or how many ("¿cuántos días…?").
/// </summary>
internal static class PassageFinder
{
    private const int MaxPassage = 400;
    private static readonly string[] QuantityWords = ["plazo", "dias", "cuanto", "cuantos", "cuantas", "termino", "tiempo", "cuando", "fecha", "vigencia", "minimo", "maximo"];

    public static string? Find(Analyzer analyzer, string? text, IReadOnlyList<string> questionTerms, string foldedQuestion)
    {
        if (string.IsNullOrWhiteSpace(text) || questionTerms.Count == 0)
        {
            return null;
        }
        var wantsQuantity = QuantityWords.Any(w => foldedQuestion.Contains(w, StringComparison.Ordinal));
        string? best = null;
        var bestScore = 0.0;
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.Length < 20)
            {
                continue;
            }
            var lineTerms = Terms.Of(analyzer, line, max: 200);
            double score = questionTerms.Count(lineTerms.Contains);
            if (wantsQuantity && line.Any(char.IsDigit))
            {
                score += 1.5;
            }
            if (score > bestScore)
            {
                bestScore = score;
                best = line;
            }
        }
        return bestScore >= 2 && best is not null ? (best.Length <= MaxPassage ? best : best[..MaxPassage] + "…") : null;
    }
}
