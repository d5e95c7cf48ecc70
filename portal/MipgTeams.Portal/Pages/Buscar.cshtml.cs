using MipgTeams.Portal.Catalog;
using MipgTeams.Portal.Content;
using MipgTeams.Search.Answers;

namespace MipgTeams.Portal.Pages;

/// <summary>
/// Buscar: the bot's answer engine (typos, accents and synonyms forgiven), showing only public documents: the best with
/// its passage, then the rest. A code goes straight to its page. Nothing is recorded: the portal only reads.
/// </summary>
public sealed class BuscarModel(AnswerCache answers, PublicCatalog catalog) : PageModel
{
    public string? Query { get; private set; }

    internal IReadOnlyList<PublicDocument> Results { get; private set; } = [];

    public string? Passage { get; private set; }

    internal IReadOnlyList<PublicDocument> Suggestions { get; private set; } = [];

    public IActionResult OnGet(string? q)
    {
        if (q is { Length: > AnswerEngine.MaxQuestionLength })
        {
            HttpContext.Items[ErrorMessage.Key] = $"La búsqueda es demasiado larga (máximo {AnswerEngine.MaxQuestionLength} caracteres).";
            return BadRequest();
        }
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (Query is null)
        {
            return Page();
        }
        var snapshot = catalog.Current;
        if (RouteValues.TryDocumentCode(Query, out var code) && snapshot.ByCode.ContainsKey(code))
        {
            return Redirect($"/documentos/{code}");
        }
        var answer = answers.Answer(Query);
        Results = answer.Documents.Select(h => snapshot.ById.GetValueOrDefault(h.Document.Id)).OfType<PublicDocument>()
            .DistinctBy(d => d.Document.Id).ToList();
        // The passage belongs to the engine's best document: shown only when that one is public.
        Passage = answer.Best is { } best && Results.Count > 0 && Results[0].Document.Id == best.Document.Id ? answer.Passage : null;
        Suggestions = answer.Suggestions.Select(s => Domain.Documents.DocumentCode.FindAll(s)).Where(c => c.Count > 0).Select(c => c[0]).Select(c => snapshot.Principal(c.ToString())).OfType<PublicDocument>()
            .DistinctBy(d => d.Document.Code).ToList();
        return Page();
    }
}
