namespace MipgTeams.Bot.Tests.Outbox;

/// <summary>Proactive messages end to end: what the Bot saw in conversations decides where a later message goes.</summary>
public sealed class ProactiveTests : BotHostTests
{
    private const string Luis = "dddddddd-0000-0000-0000-000000000004";
    [Fact]
    public async Task Someone_met_only_in_a_channel_gets_a_new_one_to_one_chat_created_with_their_teams_id()
    {
        var inChannel = Bot.Message("<at>MipgTeams</at> ayuda", "expectReplies");
        inChannel["from"] = new JsonObject { ["id"] = "29:luis-teams-id", ["name"] = "Luis", ["aadObjectId"] = Luis };
        inChannel["conversation"] = new JsonObject { ["id"] = "19:calidad@thread.tacv2;messageid=9", ["conversationType"] = "channel", ["tenantId"] = BotHost.TenantId };
        await Bot.PostAsync(inChannel);

        await EnqueueToPersonAsync("aviso:1", Luis, "Tienes una solicitud por aprobar.");
        Assert.Equal(1, await Bot.Services.GetRequiredService<OutboxSender>().SendDueAsync());

        var create = Assert.Single(Bot.Connector.Requests, r => r.Path == "/v3/conversations");
        var body = JsonNode.Parse(create.Body!)!;
        Assert.Equal("29:luis-teams-id", body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(BotHost.TenantId, body["tenantId"]!.GetValue<string>());
        Assert.Equal("28:" + BotHost.AppId, body["bot"]!["id"]!.GetValue<string>());
        var sent = Assert.Single(Bot.Connector.Messages);
        Assert.Equal("Tienes una solicitud por aprobar.", sent["text"]!.GetValue<string>());
        Assert.Contains(Bot.Connector.Requests, r => r.Path == "/v3/conversations/a:new-1to1/activities");
    }

    [Fact]
    public async Task A_channel_the_bot_was_mentioned_in_can_get_a_new_post_later()
    {
        var inThread = Bot.Message("<at>MipgTeams</at> ayuda", "expectReplies");
        inThread["conversation"] = new JsonObject { ["id"] = "19:calidad@thread.tacv2;messageid=1481567603816", ["conversationType"] = "channel", ["tenantId"] = BotHost.TenantId };
        await Bot.PostAsync(inThread);

        await using (var db = Bot.Demo.Store.CreateDbContext())
        {
            Bot.Services.GetRequiredService<IOutbox>().ToConversation(db, "semanal:1", "19:calidad@thread.tacv2", new Activity { Type = ActivityTypes.Message, Text = "Resumen semanal" });
            await db.SaveChangesAsync();
        }
        Assert.Equal(1, await Bot.Services.GetRequiredService<OutboxSender>().SendDueAsync());

        Assert.Equal("/v3/conversations/19:calidad@thread.tacv2/activities", Assert.Single(Bot.Connector.Requests).Path);
    }

    [Fact]
    public async Task Someone_who_talked_to_the_bot_alone_is_written_to_in_that_chat()
    {
        await Bot.AskAsync("ayuda");

        await EnqueueToPersonAsync("aviso:2", "aaaaaaaa-0000-0000-0000-000000000001", "Recordatorio");
        await Bot.Services.GetRequiredService<OutboxSender>().SendDueAsync();

        Assert.DoesNotContain(Bot.Connector.Requests, r => r.Path == "/v3/conversations");
        Assert.Equal("/v3/conversations/a:personal-ana/activities", Assert.Single(Bot.Connector.Requests).Path);
        await using var db = Bot.Demo.Store.CreateDbContext();
        Assert.Equal(OutboxStatus.Delivered, (await db.Outbox.SingleAsync()).Status);
    }

    private async Task EnqueueToPersonAsync(string key, string person, string text)
    {
        await using var db = Bot.Demo.Store.CreateDbContext();
        Bot.Services.GetRequiredService<IOutbox>().ToPerson(db, key, person, new Activity { Type = ActivityTypes.Message, Text = text });
        await db.SaveChangesAsync();
    }
}
