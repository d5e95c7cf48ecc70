using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MipgTeams.Hosting.Tests;

/// <summary>In Azure a host's runs, requests and outgoing calls reach Application Insights; locally nothing is exported.</summary>
public sealed class ServiceDefaultsTests
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

    [Fact]
    public void The_host_adds_its_own_instrumentation()
    {
        var tracing = 0;
        var metrics = 0;
        using var host = Build(new() { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9" }, new ServiceTelemetry("test-host", "Test.Source")
        {
            Tracing = _ => tracing++,
            Metrics = _ => metrics++,
        });

        _ = host.Services.GetRequiredService<TracerProvider>();
        _ = host.Services.GetRequiredService<MeterProvider>();

        Assert.Equal(1, tracing);
        Assert.Equal(1, metrics);
    }

    [Fact]
    public void The_health_checks_include_the_store()
    {
        using var host = Build([]);

        var registrations = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HealthCheckServiceOptions>>().Value.Registrations;

        Assert.Contains(registrations, r => r.Name == "store");
    }

    private static IHost Build(Dictionary<string, string?> settings, ServiceTelemetry? telemetry = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder.AddServiceDefaults(telemetry ?? new ServiceTelemetry("test-host", "Test.Source")).Build();
    }
}
