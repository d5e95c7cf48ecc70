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

    // The question's own words, without synonyms: what a passage or a best match must actually contain.
    private static readonly SpanishSearchAnalyzer Literal = new(synonyms: null);

    private readonly ModelQuestions model = new(catalog);

    public Answer Answer(string question)
    {
        var capped = question.Length <= MaxQuestionLength ? question : question[..MaxQuestionLength];
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
        var hits = index.Search(QueryBuilder.Build(terms, codes, history || codes.Count > 0, index.IsKnownTerm), 1 + MoreResults + 4);
        var documents = hits.Select(h => catalog.Documents.GetValueOrDefault(h.Id)).OfType<Document>()
            .Where(d => codes.Count == 0 || history || codes.Any(c => c.ToString() == d.Code) || d.Status == DocumentStatus.Current)
            .OrderByDescending(d => codes.Any(c => c.ToString() == d.Code) && d.Status != DocumentStatus.Obsolete)
            .Take(1 + MoreResults).ToList();
        var literal = Terms.Of(Literal, question);
        if (documents.Count == 0 || !Confident(documents[0], literal, codes))
        {
            return NoMatch(documents);
        }
        var best = documents[0];
        var passage = PassageFinder.Find(catalog.Folded(best.Id), literal, terms, folded);
        return new Answer(AnswerKind.Documents, null, null, documents.Select(Hit).ToList(), passage, []);
    }

    // A typo-only match is a suggestion, not an answer: the best document must contain one of the question's terms.
    private bool Confident(Document best, List<string> terms, IReadOnlyList<DocumentCode> codes)
    {
        if (codes.Any(c => c.ToString() == best.Code))
        {
            return true;
        }
        var own = catalog.Folded(best.Id);
        if (own is null)
        {
            return false;
        }
        var process = Domain.TextFolding.Fold(catalog.Process(best.ProcessCode)?.Name ?? "");
        // Single letters and bare numbers ("1") prove nothing; a term counts where a word starts with it, so "script"
        // is not found in "descripción" while "peticion" is in "peticiones".
        var telling = terms.Where(t => t.Length > 1 && !t.All(char.IsDigit)).Distinct(StringComparer.Ordinal).ToList();
        if (telling.Count == 0)
        {
            telling = terms;
        }
        var found = telling.Count(t => StartsAWord(own.Heading, t) || StartsAWord(process, t) || own.Lines.Any(l => StartsAWord(l.Folded, t)));
        return found >= Math.Max(1, (telling.Count + 1) / 2);
    }

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
