using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MipgTeams.Hosting;

/// <summary>What every MipgTeams host sets up the same way: telemetry and health checks.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>The address hosts that serve HTTP map their health checks to.</summary>
    public const string HealthPath = "/healthz";

    /// <summary>
    /// Health checks (the store must answer) and OpenTelemetry traces and metrics (the host's own source and meter,
    /// outgoing HTTP, and what <paramref name="telemetry"/> adds), with the logs, exported to Application Insights when
    /// APPLICATIONINSIGHTS_CONNECTION_STRING is set (as in Azure), else over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is
    /// set, else nowhere (the meters and the activity source still serve dotnet-counters and dotnet-trace).
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder, ServiceTelemetry telemetry)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        builder.AddTelemetry(telemetry);
        return builder;
    }

    private static void AddTelemetry(this IHostApplicationBuilder builder, ServiceTelemetry telemetry)
    {
        // Without a collector to send to, the SDK would only cost time on every request and pass.
        var applicationInsights = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var otlp = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(applicationInsights) && string.IsNullOrWhiteSpace(otlp))
        {
            return;
        }
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(telemetry.ServiceName))
            .WithTracing(t =>
            {
                t.AddSource(telemetry.SourceName).AddHttpClientInstrumentation();
                telemetry.Tracing?.Invoke(t);
            })
            .WithMetrics(m =>
            {
                m.AddMeter(telemetry.SourceName).AddHttpClientInstrumentation();
                telemetry.Metrics?.Invoke(m);
            });
        if (!string.IsNullOrWhiteSpace(applicationInsights))
        {
            otel.UseAzureMonitorExporter(o => o.ConnectionString = applicationInsights);
        }
        else
        {
            otel.UseOtlpExporter();
        }
    }
}
