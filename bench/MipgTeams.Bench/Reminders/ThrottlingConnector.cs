using System.Net;
using MipgTeams.Bot.Protocol;
using MipgTeams.TestSupport.Bot;

namespace MipgTeams.Bench.Reminders;

/// <summary>
/// A connector that answers 429 (Retry-After 1–3 s) on a share of calls and records every call on the fake clock, so
/// the benchmark can check that every digest arrived once and that the pace stayed within Teams' limits.
/// </summary>
internal sealed class ThrottlingConnector(TimeProvider time, double throttleShare, int seed = 7) : SendOnlyConnector
{
    private readonly Random random = new(seed);
    private readonly Lock gate = new();

    public List<(string Conversation, DateTimeOffset At)> Calls { get; } = [];
    public Dictionary<string, int> Delivered { get; } = [];
    public int Throttled { get; private set; }

    public override Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
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
}
