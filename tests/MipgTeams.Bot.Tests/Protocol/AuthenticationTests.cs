using System.Net;
using Microsoft.Extensions.Logging;

namespace MipgTeams.Bot.Tests.Protocol;

/// <summary>Bearer tokens from the Bot Connector, signed by a test issuer with real keys.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private readonly TestIssuer issuer = new();
    private readonly LogCapture logs = new();
    private BotHost bot = null!;

    public async Task InitializeAsync() => bot = await BotHost.StartAsync(issuer, s => s.AddSingleton<ILoggerProvider>(logs));

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        issuer.Dispose();
    }

    private static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_valid_token_is_accepted_and_the_reply_carries_the_bots_own_token()
    {
        var response = await bot.PostAsync(bot.Message("GLEGN02-P001"), issuer.Token(BotHost.AppId, bot.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(bot.Connector.Requests);
        Assert.Equal("Bearer outgoing-test-token", call.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task No_token_is_refused() =>
        await AssertRefused(null);

    [Fact]
    public async Task A_token_for_another_bot_is_refused() =>
        await AssertRefused(issuer.Token("another-app-id", bot.Connector.ServiceUrl));

    [Fact]
    public async Task A_token_from_another_issuer_is_refused() =>
        await AssertRefused(issuer.Token(BotHost.AppId, bot.Connector.ServiceUrl, issuer: "https://sts.windows.net/evil/"));

    [Fact]
    public async Task An_expired_token_is_refused() =>
        await AssertRefused(issuer.Token(BotHost.AppId, bot.Connector.ServiceUrl, expires: Now.AddMinutes(-10)));

    [Fact]
    public async Task A_token_just_expired_within_the_clock_skew_is_accepted()
    {
        var response = await bot.PostAsync(bot.Message("ayuda"), issuer.Token(BotHost.AppId, bot.Connector.ServiceUrl, expires: Now.AddMinutes(-2)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_with_a_bad_signature_is_refused()
    {
        var token = issuer.Token(BotHost.AppId, bot.Connector.ServiceUrl);
        var parts = token.Split('.');
        var tampered = parts[0] + "." + parts[1] + "." + new string(parts[2].Reverse().ToArray());
        await AssertRefused(tampered);
    }

    [Fact]
    public async Task A_token_signed_by_an_unknown_key_is_refused() =>
        await AssertRefused(issuer.Token(BotHost.AppId, bot.Connector.ServiceUrl, unpublishedKey: true, kid: "unknown-key"));

    [Fact]
    public async Task A_token_signed_by_a_key_published_after_start_up_is_accepted_after_one_fresh_look_at_the_keys()
    {
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(bot.Message("ayuda"), issuer.Token(BotHost.AppId, bot.Connector.ServiceUrl))).StatusCode);
        issuer.Rotate();

        var response = await bot.PostAsync(bot.Message("ayuda"), issuer.Token(BotHost.AppId, bot.Connector.ServiceUrl, unpublishedKey: true, kid: "rotated-key"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Tokens_naming_unknown_keys_cannot_make_the_bot_download_the_keys_again_and_again()
    {
        for (var i = 0; i < 5; i++)
        {
            await AssertRefused(issuer.Token(BotHost.AppId, bot.Connector.ServiceUrl, unpublishedKey: true, kid: $"made-up-{i}"));
        }

        Assert.Equal(2, issuer.KeySetFetches); // the first look, and one fresh look for a possible rollover
    }

    [Fact]
    public async Task A_token_whose_serviceurl_differs_from_the_activity_is_refused() =>
        await AssertRefused(issuer.Token(BotHost.AppId, "https://smba.evil.example/amer/"));

    [Fact]
    public async Task An_activity_from_a_tenant_that_is_not_served_is_refused()
    {
        var message = bot.Message("GLEGN02-P001");
        message["conversation"]!["tenantId"] = "00000000-0000-0000-0000-00000000bad0";
        message.Remove("channelData");

        var response = await bot.PostAsync(message, issuer.Token(BotHost.AppId, bot.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }

    [Fact]
    public async Task A_refusal_is_logged_with_its_reason_and_never_with_the_token()
    {
        var token = issuer.Token("another-app-id", bot.Connector.ServiceUrl);

        await AssertRefused(token);

        var refusal = Assert.Single(logs.Lines, l => l.Contains("Refused an activity", StringComparison.Ordinal));
        Assert.Contains("SecurityTokenInvalidAudienceException", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, l => l.Contains(token.Split('.')[2], StringComparison.Ordinal) || l.Contains(token.Split('.')[1], StringComparison.Ordinal));
    }

    private async Task AssertRefused(string? token)
    {
        var response = await bot.PostAsync(bot.Message("GLEGN02-P001"), token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }
}

public sealed class EndorsementTests
{
    [Fact]
    public async Task A_key_not_endorsed_for_teams_is_refused()
    {
        using var issuer = new TestIssuer("webchat");
        await using var bot = await BotHost.StartAsync(issuer);

        var response = await bot.PostAsync(bot.Message("GLEGN02-P001"), issuer.Token(BotHost.AppId, bot.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class UnreachableIssuerTests
{
    [Fact]
    public async Task When_the_signing_keys_cannot_be_fetched_the_bot_answers_503_so_the_connector_retries()
    {
        using var issuer = new TestIssuer();
        await using var bot = await BotHost.StartAsync(issuer, settings: new Dictionary<string, string?>
        {
            ["Bot:OpenIdMetadataUrl"] = "http://127.0.0.1:1/v1/.well-known/openidconfiguration",
        });

        var response = await bot.PostAsync(bot.Message("GLEGN02-P001"), issuer.Token(BotHost.AppId, bot.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }
}
