using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using MipgTeams.Bot.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MipgTeams.Bot.Tests.Hosting;

/// <summary>In Azure the bot's requests, connector calls, activities and outbox depth reach Application Insights.</summary>
public sealed class BotServiceDefaultsTests
{
    [Theory]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING", "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9")]
    public async Task A_configured_destination_gets_traces_and_metrics(string key, string value)
    {
        await using var app = Build(new() { [key] = value });

        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Without_a_destination_nothing_is_exported()
    {
        await using var app = Build([]);

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions()); // no environment variables of the machine
        builder.WebHost.UseKestrelCore();
        builder.Configuration.AddInMemoryCollection(settings);
        return builder.AddBotServiceDefaults().Build();
    }
}
