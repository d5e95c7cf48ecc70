namespace MipgTeams.Bot.Protocol;

/// <summary>
/// Where a turn's replies go when the connector cannot take them within the turn's inline budget
/// (<see cref="BotOptions.InlineSendBudget"/>), so the HTTP answer to Teams never waits on the connector. Registered by
/// the host (the bot's durable outbox implements it); without one, a reply that cannot be sent in time fails the call
/// with a <see cref="ConnectorException"/>, as before. Once a turn has handed one reply over, every later reply of that
/// turn is handed over too, in order, so they arrive in the order the bot wrote them.
/// </summary>
public interface IUndeliveredReplySink
{
    /// <summary>Keeps <paramref name="reply"/> durably for a later send; must be quick (a store write, no network).</summary>
    Task KeepAsync(UndeliveredReply reply, CancellationToken cancellationToken);
}
