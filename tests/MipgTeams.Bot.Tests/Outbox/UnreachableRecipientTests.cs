namespace MipgTeams.Bot.Tests.Outbox;

/// <summary>People the bot has no chat with, without proactive install: what the configuration allows, and waiting.</summary>
public sealed class UnreachableRecipientTests
{
    private const string Stranger = "eeeeeeee-0000-0000-0000-000000000005";

    [Fact]
    public async Task With_no_conversation_at_all_the_configured_service_url_and_tenant_create_the_chat()
    {
        const string tenant = "99999999-0000-0000-0000-0000000000aa";
        await using var bot = await BotHost.StartAsync(
            settings: new Dictionary<string, string?>
            {
                ["Bot:MicrosoftAppId"] = BotHost.AppId,
                ["Bot:MicrosoftAppPassword"] = "not-a-real-secret",
                ["Bot:MicrosoftAppTenantId"] = tenant,
                ["TeamsApp:TenantId"] = tenant,
            },
            connectorSettings: c => new Dictionary<string, string?> { ["TeamsApp:ServiceUrl"] = c.ServiceUrl + "/" });
        await EnqueueAsync(bot, "aviso:1");

        Assert.Equal(1, await bot.Services.GetRequiredService<OutboxSender>().SendDueAsync());

        var create = JsonNode.Parse(Assert.Single(bot.Connector.Requests, r => r.Path == "/v3/conversations").Body!)!;
        Assert.Equal(tenant, create["tenantId"]!.GetValue<string>());
        Assert.Equal("28:" + BotHost.AppId, create["bot"]!["id"]!.GetValue<string>());
        Assert.Equal(Stranger, create["members"]![0]!["aadObjectId"]!.GetValue<string>());
        Assert.Single(bot.Connector.Messages);
    }

    [Fact]
    public async Task Someone_the_bot_cannot_reach_waits_instead_of_being_given_up_and_gets_it_when_they_write()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero));
        await using var bot = await BotHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(time));
        await EnqueueAsync(bot, "aviso:2");
        var sender = bot.Services.GetRequiredService<OutboxSender>();

        await sender.SendDueAsync();

        var waiting = await MessageAsync(bot);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Contains("nunca ha abierto el chat", waiting.LastError, StringComparison.Ordinal);
        Assert.True(waiting.NextAttemptAt >= time.GetUtcNow().AddMinutes(1));

        var first = bot.Message("hola");
        first["from"] = new JsonObject { ["id"] = "29:stranger", ["aadObjectId"] = Stranger };
        first["conversation"] = new JsonObject { ["id"] = "a:personal-stranger", ["conversationType"] = "personal" };
        first["deliveryMode"] = "expectReplies";
        (await bot.PostAsync(first)).EnsureSuccessStatusCode();
        Assert.Equal(1, await sender.SendDueAsync());

        Assert.Equal("/v3/conversations/a:personal-stranger/activities", Assert.Single(bot.Connector.Requests).Path);
        Assert.Equal(OutboxStatus.Delivered, (await MessageAsync(bot)).Status);
    }

    private static async Task EnqueueAsync(BotHost bot, string key)
    {
        await using var db = bot.Demo.Store.CreateDbContext();
        bot.Services.GetRequiredService<IOutbox>().ToPerson(db, key, Stranger, new Activity { Type = ActivityTypes.Message, Text = "Tienes una solicitud por aprobar." });
        await db.SaveChangesAsync();
    }

    private static async Task<OutboxMessage> MessageAsync(BotHost bot)
    {
        await using var db = bot.Demo.Store.CreateDbContext();
        return await db.Outbox.AsNoTracking().SingleAsync();
    }
}
