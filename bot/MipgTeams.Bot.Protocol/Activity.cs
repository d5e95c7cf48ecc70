using System.Text.Json;
using System.Text.Json.Serialization;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// A Bot Framework activity as Teams and the Agents Playground send it (the Activity schema). Only the fields the bot
/// uses are typed; everything else is kept in <see cref="Extra"/> so nothing is lost when an activity is echoed.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? Text { get; set; }
    public string? Locale { get; set; }
    public string? Summary { get; set; }
    public string? InputHint { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<JsonElement>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? ReplyToId { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    public string? DeliveryMode { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The tenant the activity comes from: conversation.tenantId, else channelData.tenant.id.</summary>
    [JsonIgnore]
    public string? TenantId =>
        Conversation?.TenantId
        ?? (ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("tenant", out var tenant)
            && tenant.ValueKind == JsonValueKind.Object && tenant.TryGetProperty("id", out var id) ? id.GetString() : null);

    /// <summary>
    /// A reply to this activity: addressed back to its sender, in its conversation. Its locale is left unset: the turn
    /// stamps the bot's (<see cref="ProtocolTexts.Locale"/>) when it sends the reply.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = text is null ? null : "markdown",
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = Conversation,
        ReplyToId = Id,
    };
}
