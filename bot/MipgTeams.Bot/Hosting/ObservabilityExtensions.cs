using MipgTeams.Bot.Protocol;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MipgTeams.Bot.Hosting;

internal static class ObservabilityExtensions
{
    /// <summary>
    /// Structured logs, health checks, and OpenTelemetry traces and metrics (ASP.NET Core, outgoing HTTP, the bot's own).
    /// Exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (Application Insights takes OTLP through its agent).
    /// </summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.AddHealthChecks();
        // Without a collector to send to, the SDK would only cost time on every request; the meters and the activity
        // source are there either way for any listener (dotnet-counters, dotnet-trace).
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry()
                .WithTracing(t => t.AddSource(BotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .WithMetrics(m => m.AddMeter(BotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .UseOtlpExporter();
        }
        return builder;
    }
}
