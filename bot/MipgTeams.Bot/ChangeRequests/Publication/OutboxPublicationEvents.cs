using MipgTeams.Bot.Outbox;
using MipgTeams.Bot.Protocol;
using MipgTeams.Domain.Reminders;
using MipgTeams.SharePoint.Publishing;
using MipgTeams.Store;
using MipgTeams.Store.Publishing;

namespace MipgTeams.Bot.ChangeRequests.Publication;

/// <summary>
/// Tells people about publications through the outbox, in the worker's transaction: the «Nueva versión publicada» card
/// to the process leader, the requester, the people and channels in the process's Socializar column and the quality
/// channel; when a publication stops, the quality team, in Spanish, with «Reintentar publicación».
/// </summary>
internal sealed class OutboxPublicationEvents(IOutbox outbox) : IPublicationEvents
{
    public async Task OnPublishedAsync(MipgDbContext db, PublicationJob job, CancellationToken cancellationToken)
    {
        var request = await db.ChangeRequests.AsNoTracking().SingleAsync(r => r.Id == job.ChangeRequestId, cancellationToken);
        // The published row is written in this transaction and not saved yet: it is among the tracked ones.
        var webUrl = job.PublishedItemId is null ? null : db.Documents.Local.FirstOrDefault(d => d.SourceItemId == job.PublishedItemId)?.WebUrl;
        var card = ChangeRequestNotifier.CardActivity(PublishedCard.Create(job, request, webUrl));
        foreach (var objectId in await AudienceAsync(db, job, request, cancellationToken))
        {
            outbox.ToPerson(db, $"pub:{job.ChangeRequestId}:to:{objectId}", objectId, card);
        }
        foreach (var channel in await ChannelsAsync(db, job, cancellationToken))
        {
            outbox.ToConversation(db, $"pub:{job.ChangeRequestId}:channel:{channel}", channel, card);
        }
    }

    public async Task OnStoppedAsync(MipgDbContext db, PublicationJob job, CancellationToken cancellationToken)
    {
        var what = job.Status == PublicationJobStatus.Conflict ? "se detuvo por un conflicto" : "no se pudo completar";
        var activity = ChangeRequestNotifier.CardActivity(StoppedCard.Create(job, what));
        foreach (var member in await DecidersLookup.QualityTeamAsync(db, cancellationToken))
        {
            if (!string.IsNullOrWhiteSpace(member.EntraObjectId))
            {
                outbox.ToPerson(db, $"pub:{job.ChangeRequestId}:stopped:{job.Attempts}:{member.EntraObjectId.ToLowerInvariant()}", member.EntraObjectId, activity);
            }
        }
    }

    /// <summary>The people who hear of the new version: leader, requester, Socializar (object ids); each once.</summary>
    public static async Task<IReadOnlyList<string>> AudienceAsync(MipgDbContext db, PublicationJob job, ChangeRequest request, CancellationToken cancellationToken)
    {
        var process = await db.Processes.AsNoTracking().FirstOrDefaultAsync(p => p.Code == job.ProcessCode, cancellationToken);
        IEnumerable<string?> all = [process?.Leader?.EntraObjectId, request.Requester.EntraObjectId, .. Split(process?.AnnounceTo).Where(e => Guid.TryParse(e, out _))];
        return all.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!.ToLowerInvariant()).Distinct().ToList();
    }

    private static async Task<IReadOnlyList<string>> ChannelsAsync(MipgDbContext db, PublicationJob job, CancellationToken cancellationToken)
    {
        var announce = await db.Processes.AsNoTracking().Where(p => p.Code == job.ProcessCode).Select(p => p.AnnounceTo).FirstOrDefaultAsync(cancellationToken);
        var quality = await db.Settings.AsNoTracking().Where(s => s.Key == ReminderSettings.QualityChannelKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        IEnumerable<string?> all = [.. Split(announce).Where(e => e.StartsWith("19:", StringComparison.Ordinal)), quality];
        return all.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()).Distinct().ToList();
    }

    private static string[] Split(string? text) =>
        (text ?? "").Split([';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
