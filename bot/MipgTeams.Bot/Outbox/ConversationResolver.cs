using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using MipgTeams.Bot.Outbox.Installation;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;
using MipgTeams.Store.Conversations;

namespace MipgTeams.Bot.Outbox;

/// <summary>
/// Finds where to write to a person: their 1:1 chat with the bot if the bot has one. Otherwise, with TeamsApp configured,
/// it installs the app for them through Graph and takes the chat that makes; failing that (or without TeamsApp) it
/// creates the chat through the connector (POST /v3/conversations) — with their Teams id when the bot saw them in a
/// channel or group chat, else with their Entra object id — at the serviceUrl and tenant where they or the bot were last
/// seen, or the configured ones when the bot has seen nobody yet. It remembers what it found. When none of this works
/// it throws <see cref="RecipientUnreachableException"/>: the message waits for the person.
/// </summary>
internal sealed class ConversationResolver(
    IConnectorClient connector, ITeamsAppInstaller installer, TeamsAppOptions app, BotOptions bot, TimeProvider time)
{
    public async Task<ConversationReferenceRecord> ForPersonAsync(
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
        // those of the bot's most recent conversation, or the configured ones.
        var template = known.FirstOrDefault() ?? await db.ConversationReferences.AsNoTracking()
            .OrderByDescending(r => r.LastSeenAt).FirstOrDefaultAsync(cancellationToken);
        var serviceUrl = template?.ServiceUrl ?? NullIfEmpty(app.ServiceUrl);
        var tenantId = template?.TenantId ?? NullIfEmpty(app.TenantId);
        var botId = template?.BotId ?? (string.IsNullOrWhiteSpace(bot.MicrosoftAppId) ? null : "28:" + bot.MicrosoftAppId);
        var userId = known.FirstOrDefault(r => r.UserId is not null)?.UserId;

        var chatId = installer.IsConfigured ? await installer.InstallForAsync(aadObjectId, cancellationToken) : null;
        if (chatId is not null)
        {
            // Graph's chat is the 1:1 chat with the bot; the connector at the tenant's serviceUrl writes in it.
            return await RememberAsync(db, chatId, NullIfEmpty(app.ServiceUrl) ?? serviceUrl!, tenantId ?? app.TenantId, botId ?? template?.BotId ?? "", template, userId, aadObjectId, cancellationToken);
        }
        if (serviceUrl is null || botId is null)
        {
            throw new RecipientUnreachableException(installer.IsConfigured ? Unreachability.ChatRefused : Unreachability.NeverMet,
                "No conversation with the person, and none to take the serviceUrl, tenant and bot id from.");
        }
        var member = new ChannelAccount { Id = userId ?? aadObjectId, AadObjectId = aadObjectId };
        beforeCreate?.Invoke();
        string conversationId;
        try
        {
            conversationId = await connector.CreateConversationAsync(serviceUrl, new CreateConversationRequest
            {
                Bot = new ChannelAccount { Id = botId, Name = template?.BotName },
                Members = [member],
                IsGroup = false,
                TenantId = tenantId,
                ChannelData = tenantId is null ? null : new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
            }, cancellationToken);
        }
        catch (ConnectorException e) when (e.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            // Teams refuses a chat with someone who has not installed the app (403) or is unknown to it.
            throw new RecipientUnreachableException(installer.IsConfigured ? Unreachability.ChatRefused : Unreachability.NeverMet, e.Message, e);
        }
        return await RememberAsync(db, conversationId, serviceUrl, tenantId, botId, template, member.Id, aadObjectId, cancellationToken);
    }

    private async Task<ConversationReferenceRecord> RememberAsync(
        MipgDbContext db, string conversationId, string serviceUrl, string? tenantId, string botId,
        ConversationReferenceRecord? template, string? userId, string aadObjectId, CancellationToken cancellationToken)
    {
        // Creating returns the existing chat when there is one, so the row may exist already (tracked by the caller's query).
        var created = db.ConversationReferences.Local.FirstOrDefault(r => r.ConversationId == conversationId && r.UserId == userId)
            ?? await db.ConversationReferences.FirstOrDefaultAsync(r => r.ConversationId == conversationId && r.UserId == userId, cancellationToken);
        if (created is not null)
        {
            return created;
        }
        created = new ConversationReferenceRecord
        {
            ConversationId = conversationId,
            ConversationType = "personal",
            ServiceUrl = serviceUrl,
            ChannelId = template?.ChannelId ?? "msteams",
            TenantId = tenantId,
            BotId = botId,
            BotName = template?.BotName,
            UserId = userId,
            UserAadObjectId = aadObjectId,
            LastSeenAt = time.GetUtcNow(),
        };
        db.ConversationReferences.Add(created);
        return created;
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
