using MipgTeams.Bot.Protocol;
using MipgTeams.Store;
using MipgTeams.Store.Publishing;

namespace MipgTeams.Bot.ChangeRequests.Publication;

/// <summary>«Leído»: records, once per person, that they read a published version; a second click changes nothing.</summary>
internal sealed class Acknowledgments(IDbContextFactory<MipgDbContext> dbFactory, TimeProvider time)
{
    public async Task<InvokeResponse> ReadAsync(long requestId, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var job = await db.PublicationJobs.AsNoTracking().FirstOrDefaultAsync(j => j.ChangeRequestId == requestId && j.Status == PublicationJobStatus.Published, cancellationToken);
        var request = await db.ChangeRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (job is null || request is null)
        {
            return InvokeResponse.Error(404, "NotFound", "No encontré esa publicación.");
        }
        var objectId = actor.ObjectId.ToLowerInvariant();
        var notice = "Ya habías registrado la lectura de esta versión. ¡Gracias!";
        if (!await db.Acknowledgments.AnyAsync(a => a.ChangeRequestId == requestId && a.ObjectId == objectId, cancellationToken))
        {
            db.Acknowledgments.Add(new Acknowledgment { ChangeRequestId = requestId, ObjectId = objectId, Name = actor.Name, At = time.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                notice = "Registré que leíste esta versión. ¡Gracias!";
            }
            catch (DbUpdateException)
            {
                // A double click: the other one recorded it.
            }
        }
        var webUrl = await db.Documents.AsNoTracking().Where(d => d.SourceItemId == job.PublishedItemId).Select(d => d.WebUrl).FirstOrDefaultAsync(cancellationToken);
        return InvokeResponse.Card(PublishedCard.Create(job, request, webUrl, notice));
    }
}
