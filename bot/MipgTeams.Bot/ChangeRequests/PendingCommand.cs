using MipgTeams.Bot.ChangeRequests.Cards;
using MipgTeams.Bot.ChangeRequests.Publication;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;
using MipgTeams.Store.Publishing;

namespace MipgTeams.Bot.ChangeRequests;

/// <summary>
/// "pendientes": what waits on the person now: approvals of the processes they lead today (per the processes list, so a
/// new leader sees the requests their predecessor had not decided), validations if they are in the quality team, and
/// their own returned requests to correct; for the quality team also the validated requests whose publication stopped.
/// </summary>
internal sealed class PendingCommand(IDbContextFactory<MipgDbContext> dbFactory) : IMessageCommand
{
    public bool AnswersPrivately => true;

    public bool Matches(string folded) => folded is "pendientes" or "mis pendientes" or "que tengo pendiente" or "solicitudes pendientes" or "que tengo pendiente por aprobar";

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (await turn.SenderObjectIdAsync(cancellationToken) is not { } objectId)
        {
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.ChangeRequests.AsNoTracking()
            .Where(r => r.Status == ChangeRequestStatus.PendingLeader || r.Status == ChangeRequestStatus.PendingQuality || r.Status == ChangeRequestStatus.Returned)
            .OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var led = (await db.Processes.AsNoTracking().ToListAsync(cancellationToken)).Where(p => p.Leader?.HasObjectId(objectId) == true).Select(p => p.Code).ToHashSet();
        var quality = (await DecidersLookup.QualityTeamAsync(db, cancellationToken)).Any(p => p.HasObjectId(objectId));
        var waiting = open.Where(r =>
            (r.Status == ChangeRequestStatus.PendingLeader && led.Contains(r.ProcessCode))
            || (r.Status == ChangeRequestStatus.PendingQuality && quality)
            || (r.Status == ChangeRequestStatus.Returned && r.Requester.HasObjectId(objectId))).ToList();
        var unpublished = quality
            ? await db.PublicationJobs.AsNoTracking()
                .Where(j => j.Status == PublicationJobStatus.Conflict || j.Status == PublicationJobStatus.Failed || (j.Status == PublicationJobStatus.Pending && j.Attempts > 0))
                .OrderBy(j => j.ChangeRequestId).Take(15).ToListAsync(cancellationToken)
            : [];
        if (unpublished.Count > 0)
        {
            await turn.ReplyWithCardAsync(UnpublishedCard.Create(unpublished), cancellationToken);
        }
        if (waiting.Count == 0 && unpublished.Count > 0)
        {
            return;
        }
        if (waiting.Count == 0)
        {
            await turn.ReplyAsync("No tienes solicitudes pendientes. 👍", cancellationToken);
            return;
        }
        await turn.ReplyWithCardAsync(ChangeRequestListCard.Create($"Solicitudes que esperan por ti ({waiting.Count})", waiting.Take(15).ToList(),
            waiting.Count > 15 ? $"Y {waiting.Count - 15} más." : "Pulsa «Ver» para decidir."), cancellationToken);
    }
}
