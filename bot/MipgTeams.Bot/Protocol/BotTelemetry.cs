using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MipgTeams.Bot.Protocol;

/// <summary>OpenTelemetry traces and metrics of the bot: activities handled, turn latency, connector errors.</summary>
public sealed class BotTelemetry : IDisposable
{
    public const string Name = "MipgTeams.Bot";

    public static readonly ActivitySource Source = new(Name);

    private readonly Meter meter;
    private readonly Counter<long> activities;
    private readonly Histogram<double> latency;
    private readonly Counter<long> connectorErrors;

    public BotTelemetry(IMeterFactory meters)
    {
        meter = meters.Create(Name);
        activities = meter.CreateCounter<long>("mipg.bot.activities", description: "Activities handled, by type");
        latency = meter.CreateHistogram<double>("mipg.bot.turn.duration", unit: "ms", description: "Time to handle an activity");
        connectorErrors = meter.CreateCounter<long>("mipg.bot.connector.errors", description: "Failed calls to the Bot Connector, by status");
    }

    public Meter Meter => meter;

    public void RecordTurn(string type, TimeSpan elapsed)
    {
        activities.Add(1, new KeyValuePair<string, object?>("type", type));
        latency.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("type", type));
    }

    public void RecordConnectorError(int status) => connectorErrors.Add(1, new KeyValuePair<string, object?>("status", status));

    public void Dispose() => meter.Dispose();
}
