using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MipgTeams.SyncWorker.Tests;

/// <summary>In Azure the worker's runs, items and Graph calls reach Application Insights; locally nothing is exported.</summary>
public sealed class ObservabilityTests
{
    [Theory]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING", "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9")]
    public void A_configured_destination_gets_traces_and_metrics(string key, string value)
    {
        using var host = Build(new() { [key] = value });

        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void Without_a_destination_nothing_is_exported()
    {
        using var host = Build([]);

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder.AddObservability().Build();
    }
}
