namespace MipgTeams.Bot.Protocol;

/// <summary>The Bot Connector REST API at a conversation's serviceUrl (v3).</summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Creates (or finds) the 1:1 conversation with a user; returns its id.</summary>
    Task<string> CreateConversationAsync(string serviceUrl, CreateConversationRequest request, CancellationToken cancellationToken);
}
