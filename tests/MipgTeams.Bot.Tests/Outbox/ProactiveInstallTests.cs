using System.Net.Http.Json;
using MipgTeams.Bot.Tests.ChangeRequests;

namespace MipgTeams.Bot.Tests.Outbox;

/// <summary>
/// Reaching people who never opened the bot: the app is installed for them through Graph (faked at HTTP), and what cannot
/// arrive yet waits for them — the coordinator told once — until they appear or the wait runs out.
/// </summary>
public sealed class ProactiveInstallTests : IAsyncLifetime
{
    private const string Andrea = ChangeRequestScenario.Andrea; // leads Mejora Normativa (GLEGN02), never wrote to the bot
    private const string Lina = ChangeRequestScenario.Lina; // the quality coordinator
    private readonly FakeGraph graph = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero));
    private BotHost bot = null!;
    private ChangeRequestScenario scenario = null!;

    public async Task InitializeAsync()
    {
        bot = await BotHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(time), connectorSettings: c => graph.Settings(c.ServiceUrl));
        scenario = new ChangeRequestScenario(bot);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        graph.Dispose();
    }

    [Theory]
    [InlineData(201)]
    [InlineData(409)] // already installed is as good
    public async Task A_leader_the_bot_never_met_gets_the_approval_card_once_the_app_is_installed_for_them(int installAnswer)
    {
        graph.InstallStatus = installAnswer;
        await scenario.SubmitAsync();

        await scenario.SendOutboxAsync();

        var install = Assert.Single(graph.Installs, i => i.User == Andrea);
        Assert.Equal($"{graph.BaseUrl}/appCatalogs/teamsApps/{FakeGraph.CatalogAppId}", install.Body["teamsApp@odata.bind"]!.GetValue<string>());
        var card = Assert.Single(CardsPostedTo(FakeGraph.ChatOf(Andrea)));
        Assert.Contains("GLEGN02-P001", Replies.Visible(card), StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Delivered, (await CardToAndreaAsync()).Status);
    }

    [Fact]
    public async Task When_the_install_is_refused_the_card_waits_the_coordinator_is_told_once_and_nothing_loops()
    {
        graph.InstallStatus = 403;
        await scenario.SubmitAsync();

        await scenario.SendOutboxAsync();

        var waiting = await CardToAndreaAsync();
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Contains("consentimiento del administrador", waiting.LastError, StringComparison.Ordinal);
        var notice = Assert.Single(await NoticesAsync("espera"));
        Assert.Equal(Lina, notice.RecipientAadObjectId);
        var text = JsonNode.Parse(notice.ActivityJson)!["text"]!.GetValue<string>();
        Assert.Contains("Andrea Carolina Ríos Vega", text, StringComparison.Ordinal);
        Assert.Contains("TeamsAppInstallation.ReadWriteSelfForUser.All", text, StringComparison.Ordinal);

        // Six days of passes, one an hour: tries grow apart (at most every 4 h), and nobody is told again.
        for (var hour = 0; hour < 6 * 24; hour++)
        {
            time.Advance(TimeSpan.FromHours(1));
            await scenario.SendOutboxAsync();
        }
        Assert.Equal(OutboxStatus.Pending, (await CardToAndreaAsync()).Status);
        Assert.Single(await NoticesAsync("espera"));
        Assert.InRange(graph.Installs.Count(i => i.User == Andrea), 20, 6 * 24 / 4 + 12);
        Assert.Empty(bot.Connector.Messages); // the coordinator is unreachable too: her notice waits, no notice about it

        // The wait runs out (Outbox:RecipientWait, 7 days): given up, and the coordinator is told that once.
        for (var hour = 0; hour < 2 * 24; hour++)
        {
            time.Advance(TimeSpan.FromHours(1));
            await scenario.SendOutboxAsync();
        }
        var givenUp = await CardToAndreaAsync();
        Assert.Equal(OutboxStatus.Failed, givenUp.Status);
        Assert.Contains("Sin entregar después de esperar 7 días", givenUp.LastError, StringComparison.Ordinal);
        var goodbye = Assert.Single(await NoticesAsync("abandono"));
        Assert.Contains("Dejé de intentar entregarle 1 mensaje a Andrea Carolina Ríos Vega", JsonNode.Parse(goodbye.ActivityJson)!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, (await scenario.OutboxAsync()).Count(m => m.Key.StartsWith("entrega:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_leader_who_appears_later_still_sees_the_request_and_then_gets_the_waiting_card_exactly_once()
    {
        await SubmitWithTheInstallRefusedAsync();
        time.Advance(TimeSpan.FromHours(2));
        await scenario.SendOutboxAsync();
        Assert.Equal(OutboxStatus.Pending, (await CardToAndreaAsync()).Status);

        // Meanwhile «pendientes» shows her the request: the request waits on her, not on the card.
        var pending = await WriteAsAsync(Andrea, "29:andrea", "a:personal-andrea", "pendientes");
        Assert.Contains("GLEGN02-P001", Replies.Visible(Assert.Single(pending)), StringComparison.Ordinal);

        // Her chat appeared with that message: the card is due at once, not hours later.
        await scenario.SendOutboxAsync();
        Assert.Single(CardsPostedTo("a:personal-andrea"));
        for (var pass = 0; pass < 5; pass++)
        {
            time.Advance(TimeSpan.FromHours(4));
            await scenario.SendOutboxAsync();
        }
        Assert.Single(CardsPostedTo("a:personal-andrea"));
        Assert.Equal(OutboxStatus.Delivered, (await CardToAndreaAsync()).Status);
    }

    [Fact]
    public async Task An_installation_update_wakes_what_waits_for_that_person()
    {
        await SubmitWithTheInstallRefusedAsync();

        var installed = Activity(Andrea, "29:andrea", "a:personal-andrea");
        installed["type"] = "installationUpdate";
        installed["action"] = "add";
        (await bot.PostAsync(installed)).EnsureSuccessStatusCode();
        await scenario.SendOutboxAsync();

        Assert.Single(CardsPostedTo("a:personal-andrea"));
    }

    private async Task<List<JsonObject>> WriteAsAsync(string aadObjectId, string userId, string conversationId, string text)
    {
        var message = Activity(aadObjectId, userId, conversationId);
        message["text"] = text;
        message["deliveryMode"] = "expectReplies";
        var response = await bot.PostAsync(message);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
    }

    private JsonObject Activity(string aadObjectId, string userId, string conversationId)
    {
        var activity = bot.Message("");
        activity.Remove("text");
        activity["from"] = new JsonObject { ["id"] = userId, ["aadObjectId"] = aadObjectId };
        activity["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = BotHost.TenantId };
        return activity;
    }

    private IEnumerable<JsonObject> CardsPostedTo(string conversationId) => bot.Connector.Requests
        .Where(r => r.Method == "POST" && r.Path == $"/v3/conversations/{conversationId}/activities")
        .Select(r => JsonNode.Parse(r.Body!)!.AsObject())
        .Where(a => a["attachments"] is JsonArray { Count: > 0 });

    // Andrea never opened the bot and the app's install for her is refused: the request's card to her waits.
    private async Task SubmitWithTheInstallRefusedAsync()
    {
        graph.InstallStatus = 403;
        await scenario.SubmitAsync();
        await scenario.SendOutboxAsync();
    }

    private async Task<OutboxMessage> CardToAndreaAsync() =>
        (await scenario.OutboxAsync()).Single(m => m.RecipientAadObjectId == Andrea && m.Key.Contains(":card:", StringComparison.Ordinal));

    private async Task<List<OutboxMessage>> NoticesAsync(string kind) =>
        (await scenario.OutboxAsync()).Where(m => m.Key.StartsWith($"entrega:{kind}:{Andrea}:", StringComparison.Ordinal)).ToList();
}
