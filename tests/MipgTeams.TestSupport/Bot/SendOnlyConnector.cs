using MipgTeams.Bot.Protocol;

namespace MipgTeams.TestSupport.Bot;

/// <summary>
/// The base of connector fakes that only care about messages sent: a reply or an update counts as a send, a delete
/// does nothing, nothing is retried in line, and every recipient already has a conversation.
/// </summary>
public abstract class SendOnlyConnector : IConnectorClient
{
    public abstract Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;

    public IConnectorClient WithoutInlineRetries() => this;

    public Task<string> CreateConversationAsync(string serviceUrl, CreateConversationRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Every recipient already has a conversation with this fake.");
}
