using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;
using MipgTeams.Store.Conversations;

namespace MipgTeams.Bot.Outbox;

/// <summary>
/// Finds where to write to a person: their 1:1 chat with the bot if the bot has one; otherwise it creates it through
/// the connector (POST /v3/conversations) in their tenant — with their Teams id when the bot saw them in a channel or
/// group chat, else with their Entra object id — and remembers it.
/// </summary>
internal sealed class ConversationResolver(IConnectorClient connector, TimeProvider time)
{
    public async Task<ConversationReferenceRecord?> ForPersonAsync(
        MipgDbContext db, string aadObjectId, Action? beforeCreate, CancellationToken cancellationToken)
    {
        var known = await db.ConversationReferences.Where(r => r.UserAadObjectId == aadObjectId)
            .OrderByDescending(r => r.LastSeenAt).ToListAsync(cancellationToken);
        var personal = known.FirstOrDefault(r => r.ConversationType == "personal");
        if (personal is not null)
        {
            return personal;
        }
        // Where the person was seen tells the serviceUrl, tenant and bot id to create the chat with; a stranger gets
        // those of the bot's most recent conversation (a request always comes from one, so there is one to take).
        var template = known.FirstOrDefault() ?? await db.ConversationReferences.AsNoTracking()
            .OrderByDescending(r => r.LastSeenAt).FirstOrDefaultAsync(cancellationToken);
        if (template is null)
        {
            return null;
        }
        var serviceUrl = template.ServiceUrl;
        var member = new ChannelAccount { Id = known.FirstOrDefault(r => r.UserId is not null)?.UserId ?? aadObjectId, AadObjectId = aadObjectId };
        beforeCreate?.Invoke();
        var conversationId = await connector.CreateConversationAsync(serviceUrl, new CreateConversationRequest
        {
            Bot = new ChannelAccount { Id = template.BotId, Name = template.BotName },
            Members = [member],
            IsGroup = false,
            TenantId = template.TenantId,
            ChannelData = template.TenantId is null ? null : new JsonObject { ["tenant"] = new JsonObject { ["id"] = template.TenantId } },
        }, cancellationToken);
        // Creating returns the existing chat when there is one, so the row may exist already.
        var created = await db.ConversationReferences.FirstOrDefaultAsync(r => r.ConversationId == conversationId && r.UserId == member.Id, cancellationToken);
        if (created is null)
        {
            created = new ConversationReferenceRecord
            {
                ConversationId = conversationId,
                ConversationType = "personal",
                ServiceUrl = serviceUrl,
                ChannelId = template.ChannelId,
                TenantId = template.TenantId,
                BotId = template.BotId,
                BotName = template.BotName,
                UserId = member.Id,
                UserAadObjectId = aadObjectId,
                LastSeenAt = time.GetUtcNow(),
            };
            db.ConversationReferences.Add(created);
        }
        return created;
    }
}
