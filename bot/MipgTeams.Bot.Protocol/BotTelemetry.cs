using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// OpenTelemetry traces and metrics of the bot: activities handled and their latency (by type), failed connector calls
/// (by status) and the outbox depth. Activity types outside the known set are counted as "other", so a sender cannot
/// blow up the number of time series.
/// </summary>
public sealed class BotTelemetry : IDisposable
{
    public const string Name = "MipgTeams.Bot";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly HashSet<string> KnownTypes =
    [
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
        ActivityTypes.MessageReaction, ActivityTypes.Typing, ActivityTypes.Event, "messageUpdate", "messageDelete",
    ];

    private readonly Meter meter;
    private readonly Counter<long> activities;
    private readonly Histogram<double> latency;
    private readonly Counter<long> connectorErrors;
    private int outboxDepth;

    public BotTelemetry(IMeterFactory meters)
    {
        meter = meters.Create(Name);
        activities = meter.CreateCounter<long>("mipg.bot.activities", description: "Activities handled, by type");
        latency = meter.CreateHistogram<double>("mipg.bot.turn.duration", unit: "ms", description: "Time to handle an activity");
        connectorErrors = meter.CreateCounter<long>("mipg.bot.connector.errors", description: "Failed calls to the Bot Connector, by status");
        meter.CreateObservableGauge("mipg.bot.outbox.depth", () => Volatile.Read(ref outboxDepth), description: "Proactive messages waiting to be sent");
    }

    internal Meter Meter => meter;

    internal void RecordTurn(string type, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("type", KnownTypes.Contains(type) ? type : "other");
        activities.Add(1, tag);
        latency.Record(elapsed.TotalMilliseconds, tag);
    }

    /// <summary>A failed call to the connector; status 0 when no HTTP answer came (network, timeout, open circuit).</summary>
    internal void RecordConnectorError(int status) => connectorErrors.Add(1, new KeyValuePair<string, object?>("status", status));

    public void RecordOutboxDepth(int depth) => Volatile.Write(ref outboxDepth, depth);

    public void Dispose() => meter.Dispose();
}
