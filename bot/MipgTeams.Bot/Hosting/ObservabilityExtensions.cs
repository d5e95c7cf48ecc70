using Azure.Monitor.OpenTelemetry.Exporter;
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
    /// own: activities, turn latency, connector errors, outbox depth), with the logs, exported to Application Insights when
    /// APPLICATIONINSIGHTS_CONNECTION_STRING is set (as in Azure), else over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
    /// </summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        // Without a collector to send to, the SDK would only cost time on every request; the meters and the activity
        // source are there either way for any listener (dotnet-counters, dotnet-trace).
        var applicationInsights = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var otlp = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(applicationInsights) && string.IsNullOrWhiteSpace(otlp))
        {
            return builder;
        }
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("mipgteams-bot"))
            .WithTracing(t => t.AddSource(BotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(m => m.AddMeter(BotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        if (!string.IsNullOrWhiteSpace(applicationInsights))
        {
            telemetry.UseAzureMonitorExporter(o => o.ConnectionString = applicationInsights);
        }
        else
        {
            telemetry.UseOtlpExporter();
        }
        return builder;
    }
}
