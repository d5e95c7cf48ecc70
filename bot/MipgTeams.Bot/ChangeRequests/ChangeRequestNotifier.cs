using System.Text.Json;
using MipgTeams.Bot.ChangeRequests.Cards;
using MipgTeams.Bot.Outbox;
using MipgTeams.Bot.Protocol;
using MipgTeams.Domain.People;
using MipgTeams.Store;
using MipgTeams.Store.Outbox;

namespace MipgTeams.Bot.ChangeRequests;

/// <summary>
/// The proactive side of a transition, written to the outbox in the caller's transaction: approval cards 1:1 to the
/// leader or to every quality team member, notices to the requester, the returned request back to them, and every earlier
/// copy of the request's approval cards replaced by the read-only card of the new state. The outbox rows of the cards are
/// the registry of copies: once sent they carry the conversation and activity id to update.
/// </summary>
internal sealed class ChangeRequestNotifier(
    IOutbox outbox, Microsoft.Extensions.Options.IOptions<ChangeRequestOptions> options, MipgTeams.SharePoint.Publishing.ILibraryPublisher? library = null)
{
    public async Task OnTransitionAsync(MipgDbContext db, ChangeRequest request, Deciders deciders, CancellationToken cancellationToken)
    {
        await UpdateCopiesAsync(db, request, cancellationToken);
        switch (request.Status)
        {
            case ChangeRequestStatus.PendingLeader:
                if (deciders.Leader is { } leader)
                {
                    await SendCardAsync(db, request, leader, Viewer.Leader, cancellationToken);
                }
                break;
            case ChangeRequestStatus.PendingQuality:
                foreach (var member in deciders.QualityTeam)
                {
                    await SendCardAsync(db, request, member, Viewer.Quality, cancellationToken);
                }
                Notice(db, request, $"✅ Tu solicitud #{request.Id} ({Subject(request)}) fue aprobada por el líder del proceso y pasó al equipo de calidad para su validación.");
                break;
            case ChangeRequestStatus.Published:
                Notice(db, request, $"🎉 Tu solicitud #{request.Id} ({Subject(request)}) fue validada por el equipo de calidad; la nueva versión se está publicando en la biblioteca. Te avisaré cuando quede publicada.");
                break;
            case ChangeRequestStatus.Returned:
                var choices = await FormChoices.LoadAsync(db, library, cancellationToken);
                var form = ChangeRequestFormCard.Create(ChangeRequestFormCard.ValuesOf(request), new Dictionary<string, string>(), choices, amending: request);
                outbox.ToPerson(db, $"cr:{request.Id}:v{request.Version}:returned", request.Requester.EntraObjectId!, CardActivity(form));
                break;
        }
    }

    /// <summary>
    /// Sends the approval card to the current leader when they have not had one for this version: used when an old leader
    /// tries to decide after the processes list changed, so the request follows the new leader.
    /// </summary>
    public async Task EnsureLeaderCardAsync(MipgDbContext db, ChangeRequest request, Deciders deciders, CancellationToken cancellationToken)
    {
        if (request.Status == ChangeRequestStatus.PendingLeader && deciders.Leader is { EntraObjectId: { } objectId } leader
            && !await db.Outbox.AnyAsync(m => m.Key == CardKey(request, objectId), cancellationToken))
        {
            await SendCardAsync(db, request, leader, Viewer.Leader, cancellationToken);
        }
    }

    private async Task SendCardAsync(MipgDbContext db, ChangeRequest request, Person approver, Viewer viewer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(approver.EntraObjectId))
        {
            return;
        }
        // refresh.userIds takes Teams user ids (29:…): a chat the bot opened for a stranger stores their Entra object id
        // in that column, which Teams would not match, so it is skipped; the most recent sighting wins.
        var objectId = approver.EntraObjectId;
        var teamsUserId = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == objectId && r.UserId != null && r.UserId != objectId)
            .OrderByDescending(r => r.LastSeenAt).Select(r => r.UserId).FirstOrDefaultAsync(cancellationToken);
        var card = ChangeRequestCard.Create(request, viewer, refreshUserId: options.Value.RefreshCards ? teamsUserId : null);
        outbox.ToPerson(db, CardKey(request, approver.EntraObjectId), approver.EntraObjectId, CardActivity(card));
    }

    private async Task UpdateCopiesAsync(MipgDbContext db, ChangeRequest request, CancellationToken cancellationToken)
    {
        var prefix = $"cr:{request.Id}:v";
        var copies = await db.Outbox.Where(m => m.Key.StartsWith(prefix) && m.Key.Contains(":card:")).ToListAsync(cancellationToken);
        var readOnly = CardActivity(ChangeRequestCard.Create(request, Viewer.Nobody));
        foreach (var copy in copies)
        {
            if (copy.Status == OutboxStatus.Delivered && copy.SentActivityId is { } activityId && copy.ConversationId is { } conversationId)
            {
                outbox.Update(db, $"cr:{request.Id}:v{request.Version}:update:{copy.Id}", conversationId, activityId, readOnly);
            }
            else if (copy.Status == OutboxStatus.Pending)
            {
                // Not sent yet: it goes out showing the request as it is now.
                copy.ActivityJson = JsonSerializer.Serialize(readOnly, BotJson.Options);
            }
        }
    }

    private void Notice(MipgDbContext db, ChangeRequest request, string text) =>
        outbox.ToPerson(db, $"cr:{request.Id}:v{request.Version}:notice", request.Requester.EntraObjectId!, new Activity
        {
            Type = ActivityTypes.Message,
            TextFormat = "markdown",
            Locale = "es-CO",
            Text = text,
        });

    private static string Subject(ChangeRequest request) => request.DocumentCode ?? UserText.Escape(request.Title ?? "documento nuevo");

    private static string CardKey(ChangeRequest request, string objectId) => $"cr:{request.Id}:v{request.Version}:card:{objectId.ToLowerInvariant()}";

    /// <summary>A card alone, without text: the connector then answers with the activity id that later updates need.</summary>
    public static Activity CardActivity(System.Text.Json.Nodes.JsonObject card) => new()
    {
        Type = ActivityTypes.Message,
        Locale = "es-CO",
        Attachments = [Attachment.AdaptiveCard(card)],
    };
}
