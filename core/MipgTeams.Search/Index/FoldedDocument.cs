using MipgTeams.Domain;
using MipgTeams.Domain.Documents;
using MipgTeams.Search.Analysis;
using MipgTeams.Search.Answers;

namespace MipgTeams.Search.Index;

/// <summary>
/// A document's words prepared once when it is indexed, so answering a question never re-analyzes a document: each
/// line folded (lower case, no accents), with the stems and sound keys of its words. A question's word is found in a
/// line by stem ("residencia" and "residente"), by sound ("recidencia") or as the start of a word ("peticion" in
/// "peticiones").
/// </summary>
internal sealed record FoldedDocument(FoldedLine Heading, string Title, IReadOnlyList<FoldedLine> Lines)
{
    private static readonly SpanishSearchAnalyzer Analyzer = new(synonyms: null);

    public static FoldedDocument Of(Document document, TermIds vocabulary) => new(
        Line($"{document.Code} {document.Title} {document.Type.SpanishName()} {document.ProcessCode}", vocabulary),
        TextFolding.Fold(document.Title),
        Paragraphs(document.Text ?? "").Where(line => line.Length >= 20).Select(line => Line(line, vocabulary)).ToArray());

    public static FoldedLine Line(string text, TermIds vocabulary) => new(
        text,
        TextFolding.Fold(text),
        vocabulary.SetOf(Terms.Of(Analyzer, text, max: 400)),
        vocabulary.SetOf(Terms.Of(Analyzer, text, max: 400, field: SpanishSearchAnalyzer.PhoneticField)));

    // Text taken from a PDF comes wrapped at the page width: a line that stops mid-sentence goes on in the next one,
    // so "…debe reportarse a" / "las primeras veinticuatro (24) horas." is one passage, figure included.
    private static IEnumerable<string> Paragraphs(string text)
    {
        string? open = null;
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (open is not null && (char.IsLower(line[0]) || line[0] == '(') && open.Length < 1200)
            {
                open = $"{open} {line}";
                if (Ends(open))
                {
                    yield return open;
                    open = null;
                }
                continue;
            }
            if (open is not null)
            {
                yield return open;
            }
            open = line;
            if (Ends(line))
            {
                yield return line;
                open = null;
            }
        }
        if (open is not null)
        {
            yield return open;
        }
    }

    private static bool Ends(string line) => line[^1] is '.' or ':' or ';' or '?' or '!' or '»' or '|' || line.Contains(" | ", StringComparison.Ordinal);
}

/// <summary>One line of a document: as written, folded, and the stems and sound keys of its words.</summary>
internal sealed record FoldedLine(string Original, string Folded, TermSet Stems, TermSet Sounds)
{
    /// <summary>True when the word (its stem, or its sound key) is in this line.</summary>
    public bool Has(QuestionWord word, int shortestPrefix = 5) =>
        Stems.Contains(word.Stem) || (word.Sound.Length >= 4 && Sounds.Contains(word.Sound)) || (word.Stem.Length >= shortestPrefix && StartsAWord(Folded, word.Stem));

    /// <summary>True when a word of this line is the typed word with a slip ("justificatva" for "justificativa").</summary>
    public bool HasNear(QuestionWord word) =>
        Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => Spelling.IsSlipOf(word.Folded, w.Trim('.', ',', ';', ':', '(', ')', '«', '»')));

    /// <summary>True when at least half of a word's synonyms are in this line ("paa" → plan, anual, adquisiciones).</summary>
    public bool HasSynonyms(QuestionWord word) =>
        word.Synonyms.Count > 0 && word.Synonyms.Count(Stems.Contains) * 2 >= word.Synonyms.Count;

    private static bool StartsAWord(string text, string term)
    {
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }
        }
        return false;
    }
}
