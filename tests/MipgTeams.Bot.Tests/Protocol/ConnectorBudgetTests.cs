using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MipgTeams.Bot.Cards;
using MipgTeams.Bot.Conversation;
using Xunit.Abstractions;

namespace MipgTeams.Bot.Tests.Protocol;

/// <summary>
/// Teams waits 15 s for the answer to an activity, then reports a failure and may send it again. Whatever the connector
/// does (hang, refuse, throttle, fail), the answer leaves within 5 s, and what could not be sent in line arrives later,
/// once and in order, through the outbox.
/// </summary>
public sealed class ConnectorBudgetTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_hanging_connector_holds_the_answer_only_for_the_inline_budget_and_the_reply_goes_out_later_once()
    {
        var time = new TimerWatchingTimeProvider();
        await using var bot = await BotHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(time));
        var hang = bot.Connector.Hang();

        var post = bot.PostAsync(bot.Message("ayuda"));
        await time.TimerStartedAsync(TimeSpan.FromSeconds(4)); // Bot:InlineSendBudget (4 s in tests), started with the one try
        Assert.False(post.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(4));

        Assert.Equal(HttpStatusCode.OK, (await post.WaitAsync(Limit)).StatusCode);
        var kept = Assert.Single(await OutboxAsync(bot));
        Assert.Equal(("a:personal-ana", OutboxStatus.Pending), (kept.ConversationId, kept.Status));

        bot.Connector.Heal(hang);
        Assert.Equal(1, await bot.Services.GetRequiredService<OutboxSender>().SendDueAsync());
        var sent = Assert.Single(bot.Connector.Messages);
        Assert.Contains("ayuda", sent["text"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await bot.Services.GetRequiredService<OutboxSender>().SendDueAsync());
        Assert.Single(bot.Connector.Messages);
    }

    [Fact]
    public async Task Many_people_at_once_against_a_hanging_connector_are_all_answered_within_five_seconds_and_all_replies_arrive_once()
    {
        // The production default budget (BotHost gives other tests the longest one).
        await using var bot = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Bot:InlineSendBudget"] = "00:00:02" });
        var hang = bot.Connector.Hang();
        string[] texts = ["ayuda", "GLEGN02-P001", "formato de CDP", "¿qué es el FURAG?", "hola", "¿quién lidera Mejora Normativa?", "plazo para responder una PQRSD", "mis solicitudes"];

        var timings = await Task.WhenAll(texts.Select(async (text, i) =>
        {
            var watch = Stopwatch.StartNew();
            var response = await bot.PostAsync(InOwnChat(bot, text, i));
            return (response.StatusCode, watch.Elapsed);
        }));

        output.WriteLine($"HTTP answers with the connector hanging: max {timings.Max(t => t.Elapsed).TotalMilliseconds:0} ms, " +
            $"mean {timings.Average(t => t.Elapsed.TotalMilliseconds):0} ms over {timings.Length} concurrent turns");
        Assert.All(timings, t => Assert.Equal(HttpStatusCode.OK, t.StatusCode));
        Assert.All(timings, t => Assert.True(t.Elapsed < Limit, $"an answer took {t.Elapsed}"));
        bot.Connector.Heal(hang);
        var sender = bot.Services.GetRequiredService<OutboxSender>();
        Assert.Equal(texts.Length, await sender.SendDueAsync());
        Assert.Equal(0, await sender.SendDueAsync());
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Single(bot.Connector.Messages, m => m["conversation"]!["id"]!.GetValue<string>() == $"a:personal-{i}");
        }
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    [InlineData(502)]
    public async Task A_throttling_or_failing_connector_is_tried_once_and_the_reply_is_delivered_later_once(int status)
    {
        await using var bot = await BotHost.StartAsync();
        var refusal = bot.Connector.Refuse(status);

        var watch = Stopwatch.StartNew();
        var response = await bot.PostAsync(bot.Message("GLEGN02-P001"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed < Limit);
        Assert.Single(bot.Connector.Requests, r => r.Method == "POST"); // one try, no in-line retries
        bot.Connector.Heal(refusal);
        Assert.Equal(1, await bot.Services.GetRequiredService<OutboxSender>().SendDueAsync());
        var accepted = bot.Connector.Server.LogEntries.Where(e => e.RequestMessage!.Method == "POST" && e.ResponseMessage!.StatusCode?.ToString() == "201");
        Assert.Contains("GLEGN02-P001", Replies.Visible(JsonNode.Parse(Assert.Single(accepted).RequestMessage!.Body!)!.AsObject()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connector_that_refuses_connections_gets_the_reply_once_it_is_back()
    {
        var port = FreePort();
        await using var bot = await BotHost.StartAsync();

        var watch = Stopwatch.StartNew();
        var response = await bot.PostAsync(bot.Message("ayuda", serviceUrl: $"http://127.0.0.1:{port}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed < Limit);
        using var back = WireMockServer.Start(port);
        back.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "late-1" }));
        Assert.Equal(1, await bot.Services.GetRequiredService<OutboxSender>().SendDueAsync());
        Assert.Equal("/v3/conversations/a:personal-ana/activities", Assert.Single(back.LogEntries).RequestMessage!.Path);
    }

    [Fact]
    public async Task An_invoke_is_answered_without_waiting_for_the_connector_and_its_replies_follow_through_the_outbox()
    {
        var time = new TimerWatchingTimeProvider(); // never advanced: a budget that waited would never end
        await using var bot = await BotHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(time).AddSingleton<IInvokeHandler, NotifyingHandler>());
        bot.Connector.Hang();

        var response = await bot.ClickAsync(new JsonObject { ["verb"] = "test.notify", ["data"] = new JsonObject() }).WaitAsync(Limit);

        Assert.Equal("Listo", response["value"]!.GetValue<string>());
        Assert.Empty(bot.Connector.Server.LogEntries);
        Assert.Equal(["Te aviso aquí también", "Y una cosa más"], (await OutboxAsync(bot)).Select(m => JsonNode.Parse(m.ActivityJson)!["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_replies_of_a_turn_keep_their_order_when_the_first_one_is_late()
    {
        var time = new TimerWatchingTimeProvider();
        await using var bot = await BotHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(time).AddSingleton<IMessageCommand, ThreeReplies>());
        var hang = bot.Connector.Hang();
        var post = bot.PostAsync(bot.Message("tres respuestas"));
        await time.TimerStartedAsync(TimeSpan.FromSeconds(4));
        time.Advance(TimeSpan.FromSeconds(4));
        await post.WaitAsync(Limit);
        Assert.Equal(3, (await OutboxAsync(bot)).Count); // the second and third did not even try: they follow the first

        // The connector is back but fails the first send once: the others must wait for it.
        bot.Connector.Heal(hang);
        var calls = 0;
        bot.Connector.Server.Given(Request.Create().WithPath("/v3/conversations/*").UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithCallback(_ => Interlocked.Increment(ref calls) == 1
                ? new WireMock.ResponseMessage { StatusCode = 503 }
                : new WireMock.ResponseMessage { StatusCode = 201 }));
        var sender = bot.Services.GetRequiredService<OutboxSender>();
        for (var pass = 0; pass < 30 && (await OutboxAsync(bot)).Any(m => m.Status == OutboxStatus.Pending); pass++)
        {
            await sender.SendDueAsync();
            time.Advance(TimeSpan.FromSeconds(1));
        }

        var delivered = bot.Connector.Requests.Where(r => r.Method == "POST").Select(r => JsonNode.Parse(r.Body!)!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(["uno", "uno", "dos", "tres"], delivered); // the first try of «uno» failed (503), then in order, once each
    }

    private static JsonObject InOwnChat(BotHost bot, string text, int i)
    {
        var message = bot.Message(text);
        message["from"] = new JsonObject { ["id"] = $"29:person-{i}", ["aadObjectId"] = $"aaaaaaaa-0000-0000-0000-{i:D12}" };
        message["conversation"] = new JsonObject { ["id"] = $"a:personal-{i}", ["conversationType"] = "personal", ["tenantId"] = BotHost.TenantId };
        return message;
    }

    private static async Task<List<OutboxMessage>> OutboxAsync(BotHost bot)
    {
        await using var db = bot.Demo.Store.CreateDbContext();
        return await db.Outbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class NotifyingHandler : IInvokeHandler
    {
        public bool CanHandle(string verb) => verb == "test.notify";

        public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
        {
            await turn.SendActivityAsync(turn.Activity.CreateReply("Te aviso aquí también"), cancellationToken);
            await turn.SendActivityAsync(turn.Activity.CreateReply("Y una cosa más"), cancellationToken);
            return InvokeResponse.Message("Listo");
        }
    }

    private sealed class ThreeReplies : IMessageCommand
    {
        public bool Matches(string folded) => folded == "tres respuestas";

        public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            foreach (var text in new[] { "uno", "dos", "tres" })
            {
                await turn.SendActivityAsync(turn.Activity.CreateReply(text), cancellationToken);
            }
        }
    }
}
