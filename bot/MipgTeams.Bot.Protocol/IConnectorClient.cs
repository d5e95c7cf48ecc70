namespace MipgTeams.Bot.Protocol;

/// <summary>
/// The Bot Connector REST API (v3) at a conversation's serviceUrl. Every failure is a <see cref="ConnectorException"/>.
/// Features normally use <see cref="ITurnContext"/> (in a turn) or the outbox (later); this is for the few that need
/// the raw calls.
/// </summary>
public interface IConnectorClient
{
    /// <summary>POST /v3/conversations/{id}/activities: a new message in the conversation (also proactive).</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>POST /v3/conversations/{id}/activities/{replyToId}: a reply (threaded in channels).</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary>PUT /v3/conversations/{id}/activities/{activityId}: replaces an earlier message (e.g. a card after a decision).</summary>
    Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>DELETE /v3/conversations/{id}/activities/{activityId}.</summary>
    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>POST /v3/conversations: creates (or finds) the 1:1 conversation with a user; returns its id.</summary>
    Task<string> CreateConversationAsync(string serviceUrl, CreateConversationRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// The same client, except that its calls are never retried in line: a throttle or transient failure surfaces at
    /// once as a <see cref="ConnectorException"/>. For callers that retry on their own schedule (the outbox), so one
    /// failing chat never holds up the others. A client that never retries (a fake) returns itself.
    /// </summary>
    IConnectorClient WithoutInlineRetries();
}
