using MipgTeams.Search.Index;

namespace MipgTeams.Search.Answers;

/// <summary>The line of a document that answers, and whether it holds the figure the question asks for.</summary>
internal sealed record Passage(string Text, bool HoldsFact);

/// <summary>
/// Picks the line of a document that answers the question: the one sharing the most words with it (by stem or by
/// sound), and, when the question asks for a figure (a deadline, a time, an amount, a resolution, a count), the line
/// holding a figure of that kind rather than the title or the first line.
/// </summary>
internal static class PassageFinder
{
    private const int MaxPassage = 400;

    /// <param name="document">The document's folded text; null when it has none.</param>
    /// <param name="question">The question as read: its words, and the kind of figure it asks for.</param>
    /// <param name="expanded">The stems with the office's synonyms; those found only through a synonym add at most 1.</param>
    public static Passage? Find(FoldedDocument? document, Question question, IReadOnlyList<string> expanded)
    {
        if (document is null || question.Words.Count == 0)
        {
            return null;
        }
        var literal = question.Words.Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        var lines = document.Lines.Where(l => l.Folded != document.Title).ToList();
        // In a question asking for a figure, the figure word says which line ("¿cuánto se demora…?" is answered by "un
        // plazo de…"), so its synonyms count as the word itself; the words of the document's title say only which
        // document, which every line of it is about, so they count half.
        var asksFigure = question.Facts != FactKind.None;
        var figureSynonyms = asksFigure ? question.Figures.SelectMany(f => f.Synonyms).ToHashSet(StringComparer.Ordinal) : [];
        // A question asking for a figure is answered by a line holding one, when one shares a word with the question.
        var withFact = asksFigure
            ? lines.Where(l => question.IsAnsweredBy(l.Folded) && question.Words.Any(w => WordScore(w, l, document, question, asksFigure) > 0)).ToList()
            : [];
        FoldedLine? best = null;
        var bestScore = 0.0;
        var bestHoldsFact = false;
        foreach (var line in withFact.Count > 0 ? withFact : lines)
        {
            var score = question.Words.Sum(w => WordScore(w, line, document, question, asksFigure))
                // Other synonyms help a little, capped: a line listing "peticiones, quejas, reclamos (PQRSD)" must not
                // outweigh the line that answers.
                + Math.Min(1.0, 0.5 * expanded.Count(t => !literal.Contains(t) && !figureSynonyms.Contains(t) && line.Stems.Contains(t)));
            var holdsFact = question.Facts != FactKind.None && question.IsAnsweredBy(line.Folded);
            if (holdsFact)
            {
                score += 1.5;
            }
            else if (Question.HasFigure(line.Folded))
            {
                // Any figure settles a tie: "requisitos de experiencia" is answered by "doce (12) meses de experiencia".
                score += question.Facts != FactKind.None ? 0.5 : 0.25;
            }
            if (score > bestScore)
            {
                bestScore = score;
                best = line;
                bestHoldsFact = holdsFact;
            }
        }
        if (bestScore < 2 || best is null)
        {
            return null;
        }
        var text = best.Original.Length <= MaxPassage ? best.Original : best.Original[..MaxPassage] + "…";
        return new Passage(text, bestHoldsFact);
    }

    private static double WordScore(QuestionWord word, FoldedLine line, FoldedDocument document, Question question, bool asksFigure)
    {
        if (line.Has(word))
        {
            return asksFigure && document.Heading.Has(word) ? 0.5 : 1;
        }
        return asksFigure && question.Figures.Contains(word) && word.Synonyms.Any(line.Stems.Contains) ? 1 : 0;
    }
}
