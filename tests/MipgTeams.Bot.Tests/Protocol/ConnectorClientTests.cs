using System.Net;

namespace MipgTeams.Bot.Tests.Protocol;

/// <summary>The connector client as the bot builds it (IHttpClientFactory + standard resilience), against a fake connector.</summary>
public sealed class ConnectorClientTests : IDisposable
{
    private readonly TimerWatchingTimeProvider time = new();
    private readonly WireMockServer connector = WireMockServer.Start();
    private readonly ServiceProvider services;

    public ConnectorClientTests()
    {
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddBotProtocol(new ConfigurationBuilder().Build())
            .AddSingleton<IBotTokenProvider>(new FixedToken("bot-token"))
            .BuildServiceProvider();
    }

    private IConnectorClient Client => services.GetRequiredService<IConnectorClient>();

    private static Activity Hello => new() { Type = ActivityTypes.Message, Text = "Hola" };

    [Fact]
    public async Task A_short_throttle_is_retried_once_the_retry_after_has_passed()
    {
        connector.Given(Request.Create().UsingPost()).InScenario("throttle").WillSetStateTo("free")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        connector.Given(Request.Create().UsingPost()).InScenario("throttle").WhenStateIs("free")
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "sent-1" }));

        var send = Client.SendToConversationAsync(connector.Url!, "a:1", Hello, CancellationToken.None);
        await time.TimerStartedAsync(TimeSpan.FromSeconds(1));

        Assert.Single(connector.LogEntries);
        Assert.False(send.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("sent-1", (await send).Id);
        Assert.Equal(2, connector.LogEntries.Count);
    }

    [Fact]
    public async Task A_long_throttle_is_handed_back_with_its_retry_after_instead_of_holding_the_caller()
    {
        connector.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "120"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(connector.Url!, "a:1", Hello, CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.True(error.IsTransient);
        Assert.Single(connector.LogEntries);
    }

    [Fact]
    public async Task A_refusal_is_not_retried_and_is_final()
    {
        connector.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(403));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(connector.Url!, "a:1", Hello, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.False(error.IsTransient);
        Assert.Single(connector.LogEntries);
    }

    [Fact]
    public async Task Channel_ids_are_escaped_in_the_path_and_the_bots_token_goes_along()
    {
        connector.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { id = "r-1" }));
        const string channel = "19:abc@thread.tacv2;messageid=1481567603816";

        await Client.ReplyToActivityAsync(connector.Url + "/", channel, "1481567603816", Hello, CancellationToken.None);
        await Client.UpdateActivityAsync(connector.Url!, channel, "r-1", Hello, CancellationToken.None);
        await Client.DeleteActivityAsync(connector.Url!, channel, "r-1", CancellationToken.None);

        var calls = connector.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(["POST", "PUT", "DELETE"], calls.Select(c => c.Method));
        // The whole channel id is one path segment: nothing in it (":", "@", ";", "=") splits or cuts the path.
        Assert.All(calls, c => Assert.Equal(["v3", "conversations", channel, "activities"], c.AbsolutePathSegments.Take(4)));
        Assert.All(calls, c => Assert.Equal("Bearer bot-token", c.Headers!["Authorization"].Single()));
    }

    [Fact]
    public async Task A_new_conversation_returns_the_id_the_connector_gave()
    {
        connector.Given(Request.Create().WithPath("/v3/conversations").UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "a:new" }));

        var id = await Client.CreateConversationAsync(connector.Url!, new CreateConversationRequest
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:ana" }],
            TenantId = "t1",
        }, CancellationToken.None);

        Assert.Equal("a:new", id);
        var body = connector.LogEntries.Single().RequestMessage!.Body!;
        Assert.Contains("\"isGroup\":false", body, StringComparison.Ordinal);
        Assert.Contains("\"tenantId\":\"t1\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_connector_is_a_transient_connector_error()
    {
        var client = new ConnectorClient(new PlainHttpClientFactory(), new FixedToken(null), time, services.GetRequiredService<BotTelemetry>());

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync("http://127.0.0.1:1", "a:1", Hello, CancellationToken.None));

        Assert.True(error.IsTransient);
    }

    public void Dispose()
    {
        services.Dispose();
        connector.Stop();
    }

    private sealed class FixedToken(string? token) : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(token);
    }
}
