namespace MipgTeams.Store.Conversations;

/// <summary>
/// What the bot needs to write to a person or a conversation later (proactive messages): stored for every
/// person and conversation the bot has seen, one row per conversation and person (unique on ConversationId + UserId).
/// A person seen only in a channel or group chat still has their Teams id here, so a 1:1 chat can be created.
/// </summary>
public sealed class ConversationReferenceRecord
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public required string ConversationType { get; set; }
    public required string ServiceUrl { get; set; }
    public required string ChannelId { get; set; }
    public string? TenantId { get; set; }
    public required string BotId { get; set; }
    public string? BotName { get; set; }
    /// <summary>The Teams user id ("29:...") of the person seen in this conversation; null only when none was.</summary>
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string? UserAadObjectId { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
