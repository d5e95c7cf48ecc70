using Azure.Monitor.OpenTelemetry.Exporter;
using MipgTeams.SharePoint.Sync;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MipgTeams.SyncWorker;

internal static class ObservabilityExtensions
{
    /// <summary>
    /// OpenTelemetry traces and metrics of the sync (runs, items, duration, age of the last success) and of its Graph
    /// calls, with the logs, to Application Insights when APPLICATIONINSIGHTS_CONNECTION_STRING is set (as in Azure), else
    /// over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, else nowhere (the meters still serve dotnet-counters).
    /// </summary>
    public static HostApplicationBuilder AddObservability(this HostApplicationBuilder builder)
    {
        var applicationInsights = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var otlp = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(applicationInsights) && string.IsNullOrWhiteSpace(otlp))
        {
            return builder;
        }
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("mipgteams-sync-worker"))
            .WithTracing(t => t.AddSource(SyncTelemetry.Name).AddHttpClientInstrumentation())
            .WithMetrics(m => m.AddMeter(SyncTelemetry.Name).AddHttpClientInstrumentation());
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

    /// <summary>Builds the exporters now; disposing the host flushes them, so a one-shot run's span and metrics are sent too.</summary>
    public static void StartTelemetry(this IHost host)
    {
        _ = host.Services.GetService<TracerProvider>();
        _ = host.Services.GetService<MeterProvider>();
    }
}
