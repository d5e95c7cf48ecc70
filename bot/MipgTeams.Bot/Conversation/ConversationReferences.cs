using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;
using MipgTeams.Store.Conversations;

namespace MipgTeams.Bot.Conversation;

/// <summary>
/// Remembers every conversation and person the bot has seen, so it can write to them later (proactive messages). The
/// store is written when a conversation is new or its details changed (and at most once an hour to refresh when it was
/// last seen); an ordinary message in a known chat costs no database call.
/// </summary>
public sealed class ConversationReferences(IDbContextFactory<MipgDbContext> dbFactory, TimeProvider time)
{
    private static readonly TimeSpan Refresh = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (string Fingerprint, DateTimeOffset WrittenAt)> written = new();

    public async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.Id is not { } conversationId || activity.ServiceUrl is null || activity.Recipient?.Id is null)
        {
            return;
        }
        var personal = activity.Conversation.ConversationType is null or "personal";
        var user = personal && activity.From?.Id is not null && activity.From.Role != "bot" ? activity.From : null;
        var fingerprint = string.Join('|', activity.ServiceUrl, activity.TenantId, activity.Recipient.Id, user?.Id, user?.AadObjectId, user?.Name);
        var now = time.GetUtcNow();
        if (written.TryGetValue(conversationId, out var last) && last.Fingerprint == fingerprint && now - last.WrittenAt < Refresh)
        {
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reference = await db.ConversationReferences.FirstOrDefaultAsync(r => r.ConversationId == conversationId, cancellationToken);
        if (reference is null)
        {
            reference = new ConversationReferenceRecord
            {
                ConversationId = conversationId,
                ConversationType = activity.Conversation.ConversationType ?? "personal",
                ServiceUrl = activity.ServiceUrl,
                ChannelId = activity.ChannelId ?? "msteams",
                BotId = activity.Recipient.Id,
            };
            db.ConversationReferences.Add(reference);
        }
        reference.ServiceUrl = activity.ServiceUrl;
        reference.TenantId = activity.TenantId ?? reference.TenantId;
        reference.BotName = activity.Recipient.Name ?? reference.BotName;
        if (user is not null)
        {
            reference.UserId = user.Id;
            reference.UserName = user.Name ?? reference.UserName;
            reference.UserAadObjectId = user.AadObjectId ?? reference.UserAadObjectId;
        }
        reference.LastSeenAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first messages of a new conversation raced; the other one stored it.
        }
        written[conversationId] = (fingerprint, now);
    }
}
