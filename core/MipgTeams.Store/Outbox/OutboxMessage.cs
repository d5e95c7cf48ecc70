namespace MipgTeams.Store.Outbox;

/// <summary>
/// A proactive message waiting to go out. Written in the same transaction as the change that causes it,
/// sent by the background sender, marked delivered or failed with the reason; never sent twice.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    /// <summary>Deduplication key: one message per key, ever (e.g. "digest:{objectId}:2026-11-25").</summary>
    public required string Key { get; set; }
    /// <summary>Who receives it: an Entra object id (a 1:1 chat is created if needed) or a conversation id.</summary>
    public string? RecipientAadObjectId { get; set; }
    public string? ConversationId { get; set; }
    /// <summary>The activity to send, as Bot Framework JSON.</summary>
    public required string ActivityJson { get; set; }
    /// <summary>When set, the message updates this earlier activity instead of sending a new one.</summary>
    public string? UpdateActivityId { get; set; }
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    /// <summary>
    /// When the sender last called Teams for it: the pacing history an instance that takes over the sending starts from.
    /// </summary>
    public DateTimeOffset? LastAttemptAt { get; set; }
    public string? SentActivityId { get; set; }
    public string? LastError { get; set; }
    /// <summary>Who owns the message while sending (instance id), and until when: lets several bot instances share one outbox.</summary>
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}
