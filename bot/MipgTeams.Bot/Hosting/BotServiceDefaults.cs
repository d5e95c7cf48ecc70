using MipgTeams.Bot.Protocol;
using MipgTeams.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MipgTeams.Bot.Hosting;

internal static class BotServiceDefaults
{
    /// <summary>
    /// The shared defaults (health checks, telemetry) with the bot's own activities, turn latency, connector errors and
    /// outbox depth, and its incoming requests.
    /// </summary>
    public static WebApplicationBuilder AddBotServiceDefaults(this WebApplicationBuilder builder) =>
        builder.AddServiceDefaults(new ServiceTelemetry("mipgteams-bot", BotTelemetry.Name)
        {
            Tracing = t => t.AddAspNetCoreInstrumentation(),
            Metrics = m => m.AddAspNetCoreInstrumentation(),
        });
}
