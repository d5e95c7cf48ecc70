using System.Net;
using Microsoft.Extensions.Logging;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// The connector calls of one turn, held to one budget (<see cref="BotOptions.InlineSendBudget"/>) for all of them
/// together: one try each, never retried in line. A reply the connector does not take in time (a hang, a refusal to
/// connect, 429, 5xx) is handed to the <see cref="IUndeliveredReplySink"/>, and so is every later reply of the turn, so
/// their order holds; with <paramref name="deferAll"/> (an invoke, whose response must never wait) every reply is handed
/// over at once. Without a sink, what cannot be sent in time throws a <see cref="ConnectorException"/>.
/// </summary>
internal sealed class InlineDelivery(
    IConnectorClient connector, IUndeliveredReplySink? sink, TimeSpan budget, bool deferAll, TimeProvider time, ILogger logger)
{
    private readonly string turnId = Guid.NewGuid().ToString("N");
    private TimeSpan spent;
    private int kept;
    private bool diverted = deferAll && sink is not null;

    /// <summary>True once a reply of this turn went to the sink.</summary>
    public bool Diverted => diverted && kept > 0;

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        RunAsync(activity, updateActivityId: null, keepable: true, token => activity.ReplyToId is { Length: > 0 } replyTo
            ? connector.ReplyToActivityAsync(activity.ServiceUrl!, activity.Conversation!.Id!, replyTo, activity, token)
            : connector.SendToConversationAsync(activity.ServiceUrl!, activity.Conversation!.Id!, activity, token), cancellationToken);

    public Task UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        RunAsync(activity, activity.Id, keepable: true, async token =>
        {
            await connector.UpdateActivityAsync(activity.ServiceUrl!, activity.Conversation!.Id!, activity.Id!, activity, token);
            return new ResourceResponse(activity.Id);
        }, cancellationToken);

    // The outbox has no deletes: a delete is tried within what is left of the budget, and fails if it cannot be done.
    public Task DeleteAsync(Activity incoming, string activityId, CancellationToken cancellationToken) =>
        RunAsync(incoming, null, keepable: false, async token =>
        {
            await connector.DeleteActivityAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, activityId, token);
            return new ResourceResponse(activityId);
        }, cancellationToken);

    private async Task<ResourceResponse> RunAsync(
        Activity activity, string? updateActivityId, bool keepable, Func<CancellationToken, Task<ResourceResponse>> call, CancellationToken cancellationToken)
    {
        var canKeep = keepable && sink is not null;
        if (canKeep && diverted)
        {
            return await KeepAsync(activity, updateActivityId, deferAll && kept == 0 ? "an invoke is answered without waiting for the connector" : "an earlier reply of this turn is waiting", cancellationToken);
        }
        var remaining = budget - spent;
        if (remaining <= TimeSpan.Zero)
        {
            return canKeep
                ? await KeepAsync(activity, updateActivityId, "the turn's connector budget is spent", cancellationToken)
                : throw new ConnectorException(HttpStatusCode.GatewayTimeout, $"The turn's connector budget ({budget}) is spent.");
        }
        var started = time.GetTimestamp();
        using var timeout = new CancellationTokenSource(remaining, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await call(linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return canKeep
                ? await KeepAsync(activity, updateActivityId, $"the connector did not answer within {remaining.TotalMilliseconds:0} ms", cancellationToken)
                : throw new ConnectorException(HttpStatusCode.GatewayTimeout, $"The connector did not answer within the turn's budget ({budget}).");
        }
        catch (ConnectorException e) when (canKeep && e.IsTransient)
        {
            return await KeepAsync(activity, updateActivityId, $"the connector answered {(int)e.Status}", cancellationToken);
        }
        finally
        {
            spent += time.GetElapsedTime(started);
        }
    }

    private async Task<ResourceResponse> KeepAsync(Activity activity, string? updateActivityId, string reason, CancellationToken cancellationToken)
    {
        diverted = true;
        var sequence = ++kept;
        logger.LogWarning("Reply {Sequence} of turn {Turn} handed to the outbox: {Reason}", sequence, turnId, reason);
        await sink!.KeepAsync(new UndeliveredReply(turnId, sequence, activity, updateActivityId, reason), cancellationToken);
        return new ResourceResponse(updateActivityId);
    }
}
