using Microsoft.EntityFrameworkCore;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;
using MipgTeams.Store.Conversations;

namespace MipgTeams.Bot.Conversation;

/// <summary>Remembers every conversation and person the bot has seen, so it can write to them later (proactive messages).</summary>
public sealed class ConversationReferences(IDbContextFactory<MipgDbContext> dbFactory, TimeProvider time)
{
    public async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.Id is not { } conversationId || activity.ServiceUrl is null || activity.Recipient?.Id is null)
        {
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reference = await db.ConversationReferences.FirstOrDefaultAsync(r => r.ConversationId == conversationId, cancellationToken);
        var personal = activity.Conversation.ConversationType is null or "personal";
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
        if (personal && activity.From?.Id is not null && activity.From.Role != "bot")
        {
            reference.UserId = activity.From.Id;
            reference.UserName = activity.From.Name ?? reference.UserName;
            reference.UserAadObjectId = activity.From.AadObjectId ?? reference.UserAadObjectId;
        }
        var now = time.GetUtcNow();
        // One write a minute per conversation is plenty; a busy chat should not write on every message.
        if (db.Entry(reference).State == EntityState.Added || db.ChangeTracker.HasChanges() && db.Entry(reference).Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(reference.LastSeenAt))
            || now - reference.LastSeenAt > TimeSpan.FromMinutes(1))
        {
            reference.LastSeenAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two first messages of a new conversation raced; the other one stored it.
            }
        }
    }
}
