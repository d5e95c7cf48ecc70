using System.Text;
using Microsoft.EntityFrameworkCore;
using MipgTeams.Bot.Conversation;
using MipgTeams.Bot.Protocol;
using MipgTeams.Domain;
using MipgTeams.Domain.Documents;
using MipgTeams.Store;

namespace MipgTeams.Bot.Answers;

/// <summary>
/// The first answer path: a document code, or words of a title, looked up in the store. The search feature replaces
/// it with ranked, typo-tolerant answers.
/// </summary>
internal sealed class DocumentLookupAnswerer(IDbContextFactory<MipgDbContext> dbFactory) : IQuestionAnswerer
{
    private const int MaxResults = 5;

    public async Task AnswerAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var question = UserText.Cap(turn.Text);
        if (question.Length == 0)
        {
            await turn.SendActivityAsync(turn.Activity.CreateReply("No recibí ninguna pregunta. Escribe el código o el nombre del documento que buscas, o \"ayuda\"."), cancellationToken);
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var live = await db.Documents.AsNoTracking().Where(d => !d.IsRemoved).ToListAsync(cancellationToken);
        var codes = DocumentCode.FindAll(question).Select(c => c.ToString()).ToHashSet();
        var found = codes.Count > 0
            ? live.Where(d => codes.Contains(d.Code)).OrderBy(d => d.Status).ToList()
            : ByTitleWords(live, question);
        var reply = found.Count == 0 ? NoMatch(question) : Describe(found);
        await turn.SendActivityAsync(turn.Activity.CreateReply(reply), cancellationToken);
    }

    private static List<Document> ByTitleWords(List<Document> documents, string question)
    {
        var words = TextFolding.Fold(question).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToArray();
        return documents
            .Select(d => (Document: d, Hits: words.Count(w => TextFolding.Fold(d.Title).Contains(w, StringComparison.Ordinal))))
            .Where(x => x.Hits > 0)
            .OrderByDescending(x => x.Hits).ThenBy(x => x.Document.Status).ThenBy(x => x.Document.Code, StringComparer.Ordinal)
            .Take(MaxResults).Select(x => x.Document).ToList();
    }

    private static string Describe(List<Document> documents)
    {
        var text = new StringBuilder(documents.Count == 1 ? "Encontré este documento:\n\n" : "Encontré estos documentos:\n\n");
        foreach (var d in documents.Take(MaxResults))
        {
            text.Append($"- **{d.Code}** {d.Title} · {d.Type.SpanishName()} · versión {d.Version} · {d.Status.SpanishName()} · proceso {d.ProcessCode}");
            text.Append(d.WebUrl is null ? "\n" : $" · [Abrir]({d.WebUrl})\n");
        }
        return text.ToString();
    }

    private static string NoMatch(string question) =>
        $"No encontré documentos para «{UserText.Escape(question)}». Prueba con el código (por ejemplo, GLEGN02-P001) o con otras palabras del título, o escribe \"ayuda\".";
}
