using System.Net;
using MipgTeams.Bot.Protocol;

namespace MipgTeams.Bench.Reminders;

/// <summary>
/// A connector that answers 429 (Retry-After 1–3 s) on a share of calls and records every call on the fake clock, so
/// the benchmark can check that every digest arrived once and that the pace stayed within Teams' limits.
/// </summary>
internal sealed class ThrottlingConnector(TimeProvider time, double throttleShare, int seed = 7) : IConnectorClient
{
    private readonly Random random = new(seed);
    private readonly Lock gate = new();

    public List<(string Conversation, DateTimeOffset At)> Calls { get; } = [];
    public Dictionary<string, int> Delivered { get; } = [];
    public int Throttled { get; private set; }

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Calls.Add((conversationId, time.GetUtcNow()));
            if (random.NextDouble() < throttleShare)
            {
                Throttled++;
                throw new ConnectorException(HttpStatusCode.TooManyRequests, "POST /v3/conversations/{id}/activities: 429", TimeSpan.FromSeconds(1 + random.Next(0, 3)));
            }
            Delivered[conversationId] = Delivered.GetValueOrDefault(conversationId) + 1;
            return Task.FromResult(new ResourceResponse(Guid.NewGuid().ToString("N")));
        }
    }

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;

    public IConnectorClient WithoutInlineRetries() => this;

    public Task<string> CreateConversationAsync(string serviceUrl, CreateConversationRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Every person has a 1:1 chat in this benchmark.");
}
