using MipgTeams.Search.Index;

namespace MipgTeams.Search.Answers;

/// <summary>
/// Picks the line of a document that answers the question: the one sharing the most terms with it, preferring lines
/// with figures when the question asks how long or how many ("¿cuántos días…?").
/// </summary>
internal static partial class PassageFinder
{
    private const int MaxPassage = 400;
    private static readonly string[] QuantityWords = ["plazo", "dias", "cuanto", "cuantos", "cuantas", "termino", "tiempo", "cuando", "fecha", "vigencia", "minimo", "maximo", "demora", "tarda"];

    /// <param name="document">The document's folded text; null when it has none.</param>
    /// <param name="literal">The question's own stems; each found in a line counts 1.</param>
    /// <param name="expanded">The stems with the office's synonyms; those found only through a synonym add at most 1.</param>
    /// <param name="foldedQuestion">The whole question, folded, for the quantity words that ask for a number.</param>
    public static string? Find(FoldedDocument? document, IReadOnlyList<string> literal, IReadOnlyList<string> expanded, string foldedQuestion)
    {
        if (document is null || literal.Count == 0)
        {
            return null;
        }
        var wantsQuantity = QuantityWords.Any(w => foldedQuestion.Contains(w, StringComparison.Ordinal));
        string? best = null;
        var bestScore = 0.0;
        foreach (var (original, folded) in document.Lines)
        {
            // Synonyms help a little, capped: a line listing "peticiones, quejas, reclamos (PQRSD)" must not outweigh the
            // line that answers.
            double score = literal.Count(t => folded.Contains(t, StringComparison.Ordinal))
                + Math.Min(1.0, 0.5 * expanded.Count(t => !literal.Contains(t) && folded.Contains(t, StringComparison.Ordinal)));
            if (wantsQuantity && Quantity().IsMatch(folded))
            {
                score += 1.5;
            }
            if (score > bestScore)
            {
                bestScore = score;
                best = original;
            }
        }
        return bestScore >= 2 && best is not null ? (best.Length <= MaxPassage ? best : best[..MaxPassage] + "…") : null;
    }

    // A figure that answers "how long / when": "(15)", "90 días", "31 de enero" — not a step number like "Paso 1.".
    [System.Text.RegularExpressions.GeneratedRegex(@"\(\d+\)|\b\d+\s*(dias?|horas?|meses|mes|anos?|semanas?|caracteres)\b|\b\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)")]
    private static partial System.Text.RegularExpressions.Regex Quantity();
}
