using Microsoft.EntityFrameworkCore;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;
using MipgTeams.Store.Conversations;

namespace MipgTeams.Bot.Outbox;

/// <summary>
/// Finds where to write to a person: their 1:1 chat with the bot if the bot has one, otherwise it creates it through the
/// connector (POST /v3/conversations) in their tenant, and remembers it.
/// </summary>
internal sealed class ConversationResolver(IConnectorClient connector, TimeProvider time)
{
    public async Task<ConversationReferenceRecord?> ForPersonAsync(MipgDbContext db, string aadObjectId, string? defaultServiceUrl, CancellationToken cancellationToken)
    {
        var known = await db.ConversationReferences.Where(r => r.UserAadObjectId == aadObjectId).ToListAsync(cancellationToken);
        var personal = known.Where(r => r.ConversationType == "personal").OrderByDescending(r => r.LastSeenAt).FirstOrDefault();
        if (personal is not null)
        {
            return personal;
        }
        // Any conversation tells the serviceUrl, tenant and bot id to create the chat with.
        var template = known.FirstOrDefault() ?? await db.ConversationReferences.OrderByDescending(r => r.LastSeenAt).FirstOrDefaultAsync(cancellationToken);
        var serviceUrl = template?.ServiceUrl ?? defaultServiceUrl;
        if (template is null || serviceUrl is null)
        {
            return null;
        }
        var member = new ChannelAccount { Id = known.FirstOrDefault(r => r.UserId is not null)?.UserId ?? aadObjectId, AadObjectId = aadObjectId };
        var conversationId = await connector.CreateConversationAsync(serviceUrl, new CreateConversationRequest
        {
            Bot = new ChannelAccount { Id = template.BotId, Name = template.BotName },
            Members = [member],
            IsGroup = false,
            TenantId = template.TenantId,
            ChannelData = template.TenantId is null ? null : new System.Text.Json.Nodes.JsonObject { ["tenant"] = new System.Text.Json.Nodes.JsonObject { ["id"] = template.TenantId } },
        }, cancellationToken);
        var created = new ConversationReferenceRecord
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
        return created;
    }
}
