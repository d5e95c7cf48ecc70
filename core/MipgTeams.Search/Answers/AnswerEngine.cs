using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MipgTeams.Domain;
using MipgTeams.Domain.Documents;
using MipgTeams.Search.Analysis;
using MipgTeams.Search.Index;

namespace MipgTeams.Search.Answers;

/// <summary>
/// Answers a staff question: first from the model (a code's facts, leaders, a process's documents, definitions), then
/// by searching the documents. Typos, missing accents and synonyms are forgiven by the analysis; the best document comes
/// with the passage that answers, up to three more follow, and an obsolete version points to the current one.
/// </summary>
public sealed partial class AnswerEngine(SearchIndex index, ModelCatalog catalog)
{
    public const int MaxQuestionLength = 500;
    private const int MoreResults = 3;
    private static readonly string[] HistoryWords = ["historial", "historico", "version anterior", "versiones anteriores", "obsoleto", "obsoletos", "antiguo", "anterior"];
    private static readonly string[] FactWords = ["version", "estado", "vigente", "ultimo cambio", "ultima modificacion", "cuando se", "actualizado"];

    private readonly ModelQuestions model = new(catalog);

    public Answer Answer(string question)
    {
        var capped = question.Length <= MaxQuestionLength ? question : Cut(question);
        var folded = Normalize(capped);
        if (folded.Length == 0)
        {
            return Answers.Answer.Empty;
        }
        var codes = DocumentCode.FindAll(capped);
        var history = HistoryWords.Any(w => folded.Contains(w, StringComparison.Ordinal));
        if (codes.Count > 0 && FactWords.Any(w => folded.Contains(w, StringComparison.Ordinal)) && CodeFacts(codes[0], history) is { } facts)
        {
            return facts;
        }
        var fromModel = codes.Count == 0 ? model.Leader(folded) ?? model.Definition(folded) ?? model.DocumentsOfProcess(folded) : null;
        if (fromModel is not null)
        {
            return fromModel;
        }
        if (codes.Count > 0 && OnlyCodes(folded, codes))
        {
            return ByCode(codes, history) ?? UnknownCode($"No encontré el código {string.Join(", ", codes)} en la biblioteca.", capped, folded, codes, history);
        }
        if (codes.Count == 0 && DocumentCode.IsCodeShaped(capped) && !DocumentCode.TryParse(capped, out _, out var codeError))
        {
            return UnknownCode(codeError, capped, folded, codes, history);
        }
        return Search(capped, folded, codes, history);
    }

    // A code alone that names no document is said so plainly, with what the search finds nearest (the same process,
    // usually) as suggestions, never as the answer.
    private Answer UnknownCode(string reason, string question, string folded, IReadOnlyList<DocumentCode> codes, bool history)
    {
        var near = Search(question, folded, codes, history);
        var suggestions = near.Kind == AnswerKind.Documents ? near.Documents.Select(h => $"{h.Document.Code} {h.Document.Title}").ToList() : near.Suggestions;
        return new Answer(AnswerKind.NoMatch, reason, null, [], null, suggestions);
    }

    private Answer Search(string question, string folded, IReadOnlyList<DocumentCode> codes, bool history)
    {
        var terms = Terms.Of(index.Analyzer, question);
        if (terms.Count == 0 && codes.Count == 0)
        {
            return Answers.Answer.Empty;
        }
        var asked = Question.Read(folded, index.Analyzer);
        var literal = asked.Words.Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        var sounds = asked.Words.GroupBy(w => w.Stem, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Sound, StringComparer.Ordinal);
        var hits = index.Search(QueryBuilder.Build(terms, codes, history || codes.Count > 0, index.IsKnownTerm, literal, sounds), 1 + MoreResults + 4);
        // How many documents use each word, looked up once per question: every candidate document is judged with it.
        var frequencies = asked.Words.Distinct().ToDictionary(w => w, Frequency);
        var unknown = asked.Words.Where(w => frequencies[w] == 0).ToHashSet();
        var candidates = hits.Select(h => catalog.Documents.GetValueOrDefault(h.Id)).OfType<Document>()
            .Where(d => codes.Count == 0 || history || codes.Any(c => c.ToString() == d.Code) || d.Status == DocumentStatus.Current)
            .Select((d, rank) => Judge(d, rank, asked, codes, terms, unknown, frequencies))
            .ToList();
        // What the person asked for comes first: the code they typed; then the documents that hold the question's words
        // (most of them first); of those, the type they named ("la plantilla de…"), the one whose passage holds the
        // figure asked for, the one whose title says it all, a procedure for a situation or a how-to, a document that
        // explains before a blank form; then Lucene's order.
        var ordered = candidates
            .OrderByDescending(j => j.ByCode)
            .ThenByDescending(j => j.Confident)
            .ThenByDescending(j => asked.NamedType is { } type && j.Document.Type == type)
            .ThenByDescending(j => j.Found)
            .ThenByDescending(j => j.Passage?.HoldsFact == true)
            .ThenByDescending(j => j.TitleSaysAll)
            .ThenByDescending(j => asked.NamedType is null && asked.HowTo && j.Document.Type == DocumentType.Procedure)
            .ThenByDescending(j => asked.NamedType is null && j.Document.Type != DocumentType.Form)
            .ThenBy(j => j.Rank)
            .Take(1 + MoreResults).ToList();
        if (ordered.Count == 0 || !ordered[0].Confident)
        {
            return NoMatch(ordered.Select(j => j.Document).ToList());
        }
        return new Answer(AnswerKind.Documents, null, null, ordered.Select(j => Hit(j.Document)).ToList(), ordered[0].Passage?.Text, []);
    }

    private sealed record Judged(Document Document, int Rank, bool ByCode, bool Confident, int Found, bool TitleSaysAll, Passage? Passage);

    private Judged Judge(Document document, int rank, Question asked, IReadOnlyList<DocumentCode> codes, IReadOnlyList<string> expanded, IReadOnlySet<QuestionWord> unknown,
        IReadOnlyDictionary<QuestionWord, int> frequency)
    {
        var named = codes.Any(c => c.ToString() == document.Code);
        var own = catalog.Folded(document.Id);
        var (confident, found, titleSaysAll) = Coverage(document, own, asked, unknown, frequency);
        return new Judged(document, rank, named && document.Status != DocumentStatus.Obsolete, named || confident, found, titleSaysAll,
            PassageFinder.Find(own, asked, expanded));
    }

    // A typo-only match of a word the library does not use is a suggestion, not an answer: the document must hold most
    // of the words that say what the question is about (by stem, by sound, through a synonym, or as the start of a
    // word: "peticion" in "peticiones", never "script" in "descripción"); a word asking for a figure ("plazo", "hora")
    // is held by a document holding such a figure.
    private (bool Confident, int Found, bool TitleSaysAll) Coverage(Document document, FoldedDocument? own, Question asked, IReadOnlySet<QuestionWord> unknown,
        IReadOnlyDictionary<QuestionWord, int> frequency)
    {
        if (own is null)
        {
            return (false, 0, false);
        }
        var process = ProcessLine(document.ProcessCode);
        var telling = asked.Telling.Count > 0 ? asked.Telling : asked.Words;
        if (telling.Count == 0)
        {
            return (false, 0, false);
        }
        // A word the library never uses may be a slip of one this document has ("justificatva").
        bool Holds(QuestionWord w) =>
            own.Heading.Has(w, shortestPrefix: 4) || process?.Has(w) == true || own.Lines.Any(l => l.Has(w))
            || own.Heading.HasSynonyms(w) || own.Lines.Any(l => l.HasSynonyms(w))
            || (unknown.Contains(w) && (own.Heading.HasNear(w) || own.Lines.Any(l => l.HasNear(w))));
        var found = telling.Where(Holds).ToList();
        // A figure of the kind asked counts when it stands beside one of the question's words, not anywhere.
        bool FigureBeside(QuestionWord w) => Holds(w) || own.Lines.Any(l => asked.IsAnsweredBy(l.Folded) && found.Any(f => l.Has(f) || l.HasSynonyms(f)));
        // A figure asked with a word too common to search ("¿cuándo…?", "¿a quién llamo?") only counts for a document
        // holding half of the telling words: payment dates alone do not answer "¿cuándo pagan la prima de navidad?".
        var figures = asked.Figures.Count(FigureBeside) + (found.Count * 2 >= telling.Count ? asked.WeakFigures.Count(FigureBeside) : 0);
        var titleSaysAll = telling.All(w => own.Heading.Has(w) || own.Heading.HasSynonyms(w));
        var count = telling.Count + (asked.Telling.Count > 0 ? asked.Figures.Count + asked.WeakFigures.Count : 0);
        var held = found.Count + (asked.Telling.Count > 0 ? figures : 0);
        // Two or three words: most of them; longer questions (situations told in full) need two, or a third of them.
        var required = count <= 3 ? count / 2 + 1 : Math.Max(2, (count + 2) / 3);
        var confident = held >= required;
        // One of two words found: enough when the other is a common word of this library that this document simply does
        // not use ("me trasladaron de oficina"), not when the library never uses it ("alumbrado público"), unless the
        // found word is specific and in the title.
        if (!confident && count == 2 && held == 1 && telling.Count == 2 && found.Count == 1)
        {
            var missing = telling.First(w => !found.Contains(w));
            var common = frequency[missing];
            var specific = frequency[found[0]];
            // "ajendamiento de bacaciones": a word the library never uses does not count against a document whose
            // title holds the other word, when that word is specific (in fewer than one document in seven) and the
            // document is of the type asked for (if any).
            confident = (common > 0 && common > specific)
                || (common == 0 && specific * 7 <= Math.Max(7, catalog.Documents.Count) && own.Heading.Has(found[0], shortestPrefix: 4)
                    && (asked.NamedType is null || asked.NamedType == document.Type));
        }
        return (confident, held, titleSaysAll);
    }

    private int Frequency(QuestionWord word) =>
        Math.Max(index.DocFrequency(word.Stem), word.Sound.Length >= 4 ? index.DocFrequency(word.Sound, IndexFields.Phonetic) : 0);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FoldedLine> processLines = new(StringComparer.Ordinal);

    private FoldedLine? ProcessLine(string? code) =>
        catalog.Process(code)?.Name is { } name ? processLines.GetOrAdd(name, catalog.FoldLine) : null;

    // "GLEGN02-P001" alone (the most common question) needs no search: the catalog knows the code.
    private Answer? ByCode(IReadOnlyList<DocumentCode> codes, bool history)
    {
        var documents = codes.SelectMany(c => catalog.WithCode(c.ToString()))
            .OrderBy(d => d.Status == DocumentStatus.Obsolete).ThenByDescending(d => d.ChangeNumber)
            .ToList();
        var shown = documents.Where((d, i) => history || d.Status != DocumentStatus.Obsolete || !documents.Any(o => o.Code == d.Code && o.Status != DocumentStatus.Obsolete))
            .Take(1 + MoreResults).ToList();
        return shown.Count == 0 ? null : new Answer(AnswerKind.Documents, null, null, shown.Select(Hit).ToList(), null, []);
    }

    private static bool OnlyCodes(string folded, IReadOnlyList<DocumentCode> codes)
    {
        var rest = codes.Aggregate(folded, (text, code) => text.Replace(code.ToString().ToLowerInvariant(), " ", StringComparison.Ordinal));
        return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.Length <= 3 || w is "codigo" or "documento" or "busco" or "necesito");
    }

    private Answer? CodeFacts(DocumentCode code, bool history)
    {
        var versions = catalog.WithCode(code.ToString()).OrderByDescending(d => d.Status != DocumentStatus.Obsolete).ThenByDescending(d => d.Version, StringComparer.Ordinal).ToList();
        if (versions.Count == 0)
        {
            return null;
        }
        var current = versions[0];
        var text = new StringBuilder($"**{current.Code}** {current.Title}: versión **{current.Version}**, estado **{current.Status.SpanishName()}**");
        text.Append(current.ApprovedOn is { } approved ? $", aprobada el {approved:yyyy-MM-dd}" : "");
        text.Append(CultureInfo.InvariantCulture, $"; último cambio registrado el {current.LastModified:yyyy-MM-dd}.");
        var older = versions.Skip(1).Where(v => v.Status == DocumentStatus.Obsolete).ToList();
        if (older.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Versiones anteriores: {string.Join(", ", older.Select(v => v.Version))} (obsoletas).");
        }
        var shown = history ? versions : [current];
        return new Answer(AnswerKind.Fact, $"{current.Code} v{current.Version}", text.ToString(), shown.Select(Hit).ToList(), null, []);
    }

    private static Answer NoMatch(List<Document> nearMatches) =>
        new(AnswerKind.NoMatch, null, null, [], null, nearMatches.Take(MoreResults).Select(d => $"{d.Code} {d.Title}").ToList());

    private DocumentHit Hit(Document document) =>
        new(document, catalog.Process(document.ProcessCode)?.Name, document.Status == DocumentStatus.Obsolete ? NewerVersion(document) : null);

    // The current version of an obsolete document: the vigente one with its code, or the code its text says replaces it.
    private Document? NewerVersion(Document obsolete)
    {
        var sameCode = catalog.Current(obsolete.Code);
        if (sameCode is not null)
        {
            return sameCode;
        }
        var replacement = ReplacedBy().Match(obsolete.Text ?? "");
        return replacement.Success ? DocumentCode.FindAll(replacement.Value).Select(c => catalog.Current(c.ToString())).FirstOrDefault(d => d is not null) : null;
    }

    // A cut question ends at a word, not in the middle of one ("palab" would be a word the library never uses).
    private static string Cut(string question)
    {
        var space = question.LastIndexOf(' ', MaxQuestionLength);
        return question[..(space > MaxQuestionLength / 2 ? space : MaxQuestionLength)];
    }

    /// <summary>Lower case, no accents, punctuation and symbols (emoji included) turned into spaces.</summary>
    public static string Normalize(string text)
    {
        var folded = TextFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '-' ? c : ' ');
        }
        return Spaces().Replace(builder.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"reemplaz\w*[^.]*", RegexOptions.IgnoreCase)]
    private static partial Regex ReplacedBy();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
