using MipgTeams.Bot.Protocol;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MipgTeams.Bot.Hosting;

internal static class ObservabilityExtensions
{
    /// <summary>
    /// Structured logs (console, one line per entry by default; <c>Logging:Console:FormatterName=json</c> for JSON),
    /// /healthz (the store must answer), and OpenTelemetry traces and metrics (ASP.NET Core, outgoing HTTP, the bot's
    /// own: activities, turn latency, connector errors, outbox depth), exported over OTLP when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set (Application Insights takes OTLP through its agent).
    /// </summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        // Without a collector to send to, the SDK would only cost time on every request; the meters and the activity
        // source are there either way for any listener (dotnet-counters, dotnet-trace).
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(r => r.AddService("mipgteams-bot"))
                .WithTracing(t => t.AddSource(BotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .WithMetrics(m => m.AddMeter(BotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .UseOtlpExporter();
        }
        return builder;
    }
}
