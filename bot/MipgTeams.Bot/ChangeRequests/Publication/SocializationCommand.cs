using System.Text;
using MipgTeams.Bot.Protocol;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.Time;
using MipgTeams.Store;
using MipgTeams.Store.Publishing;

namespace MipgTeams.Bot.ChangeRequests.Publication;

/// <summary>
/// "socialización GLEGN02-P001" (quality team): who has read the latest published version of the document and who,
/// of the people it was sent to, has not yet.
/// </summary>
internal sealed class SocializationCommand(IDbContextFactory<MipgDbContext> dbFactory) : IMessageCommand
{
    public bool AnswersPrivately => true;

    public bool Matches(string folded) => folded.StartsWith("socializacion", StringComparison.Ordinal);

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var objectId = turn.Activity.From?.AadObjectId;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (string.IsNullOrEmpty(objectId) || !(await DecidersLookup.QualityTeamAsync(db, cancellationToken)).Any(p => p.HasObjectId(objectId)))
        {
            await ReplyAsync(turn, "La socialización de los documentos la consulta el equipo de calidad.", cancellationToken);
            return;
        }
        if (DocumentCode.FindAll(turn.Activity.Text) is not [var code, ..])
        {
            await ReplyAsync(turn, "Indica el código del documento, por ejemplo: socialización GLEGN02-P001.", cancellationToken);
            return;
        }
        var text = code.ToString();
        var job = await db.PublicationJobs.AsNoTracking().Where(j => j.DocumentCode == text && j.Status == PublicationJobStatus.Published)
            .OrderByDescending(j => j.PublishedAt).FirstOrDefaultAsync(cancellationToken);
        if (job is null)
        {
            await ReplyAsync(turn, $"{text} no tiene versiones publicadas desde MipgTeams todavía.", cancellationToken);
            return;
        }
        var request = await db.ChangeRequests.AsNoTracking().SingleAsync(r => r.Id == job.ChangeRequestId, cancellationToken);
        var read = await db.Acknowledgments.AsNoTracking().Where(a => a.ChangeRequestId == job.ChangeRequestId).OrderBy(a => a.At).ToListAsync(cancellationToken);
        var audience = await OutboxPublicationEvents.AudienceAsync(db, job, request, cancellationToken);
        var names = await NamesAsync(db, cancellationToken);
        var pending = audience.Where(id => !read.Any(a => a.ObjectId == id)).Select(id => names.GetValueOrDefault(id, id)).ToList();
        var answer = new StringBuilder()
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"**Socialización de {text} v{job.ToVersion}** (publicada el {BogotaTime.Format(job.PublishedAt ?? job.CreatedAt)}, solicitud #{job.ChangeRequestId})\n\n")
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"Leída por {read.Count}: ")
            .Append(read.Count == 0 ? "nadie todavía." : string.Join(", ", read.Select(a => $"{UserText.Escape(names.GetValueOrDefault(a.ObjectId, a.Name))} ({BogotaTime.Format(a.At)})")) + ".")
            .Append("\n\n")
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"Sin confirmar ({pending.Count}): ")
            .Append(pending.Count == 0 ? "nadie." : string.Join(", ", pending.Select(UserText.Escape)) + ".");
        await ReplyAsync(turn, answer.ToString(), cancellationToken);
    }

    private static async Task<Dictionary<string, string>> NamesAsync(MipgDbContext db, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var process in await db.Processes.AsNoTracking().ToListAsync(cancellationToken))
        {
            if (process.Leader?.EntraObjectId is { } id)
            {
                names.TryAdd(id.ToLowerInvariant(), process.Leader.DisplayName);
            }
        }
        foreach (var request in await db.ChangeRequests.AsNoTracking().Select(r => r.Requester).ToListAsync(cancellationToken))
        {
            if (request.EntraObjectId is { } id)
            {
                names.TryAdd(id.ToLowerInvariant(), request.DisplayName);
            }
        }
        return names;
    }

    private static async Task ReplyAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        var reply = turn.Activity.CreateReply(text);
        reply.TextFormat = "markdown";
        await turn.SendActivityAsync(reply, cancellationToken);
    }
}
