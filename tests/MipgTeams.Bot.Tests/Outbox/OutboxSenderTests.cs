using System.Net;
using MipgTeams.Store.Conversations;

namespace MipgTeams.Bot.Tests.Outbox;

public abstract class OutboxSenderTests(StoreProvider provider) : IAsyncLifetime
{
    private const string Person = "aaaaaaaa-0000-0000-0000-000000000001";
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero));
    private readonly FakeConnector connector = new();
    private TestStore store = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(provider);
        await using var db = store.CreateDbContext();
        db.ConversationReferences.Add(Reference("a:personal-ana", "personal", Person));
        db.ConversationReferences.Add(Reference("19:grupo@thread.v2", "groupChat", null));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        connector.Dispose();
        await store.DisposeAsync();
    }

    [Fact]
    public async Task A_message_to_a_person_is_delivered_once_in_their_chat()
    {
        await EnqueueAsync(o => o.ToPerson, "k1", Person);

        Assert.Equal(1, await Sender().SendDueAsync());
        Assert.Equal(0, await Sender().SendDueAsync());

        var sent = Assert.Single(connector.Messages);
        Assert.Equal("Hola", sent["text"]!.GetValue<string>());
        var message = await Message("k1");
        Assert.Equal(OutboxStatus.Delivered, message.Status);
        Assert.StartsWith("activity-", message.SentActivityId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_key_is_accepted_once_so_nothing_is_sent_twice()
    {
        await EnqueueAsync(o => o.ToPerson, "same", Person);
        await Assert.ThrowsAsync<DbUpdateException>(() => EnqueueAsync(o => o.ToPerson, "same", Person));
    }

    [Fact]
    public async Task A_throttled_send_waits_for_retry_after_and_then_goes()
    {
        connector.Server.Given(Request.Create().WithPath("/v3/conversations/*").UsingPost()).AtPriority(1)
            .InScenario("throttle").WillSetStateTo("after")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "30"));
        await EnqueueAsync(o => o.ToPerson, "k1", Person);

        Assert.Equal(0, await Sender().SendDueAsync());
        var waiting = await Message("k1");
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Equal(time.GetUtcNow().AddSeconds(30), waiting.NextAttemptAt);

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await Sender().SendDueAsync());
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await Sender().SendDueAsync());
        Assert.Equal(OutboxStatus.Delivered, (await Message("k1")).Status);
    }

    [Fact]
    public async Task A_refused_send_is_given_up_with_the_reason()
    {
        ConnectorAnswersPosts("/v3/conversations/*", 403);
        await EnqueueAsync(o => o.ToPerson, "k1", Person);

        await Sender().SendDueAsync();
        time.Advance(TimeSpan.FromHours(1));
        await Sender().SendDueAsync();

        var message = await Message("k1");
        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Contains("403", message.LastError, StringComparison.Ordinal);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Someone_the_bot_never_talked_to_alone_gets_a_new_one_to_one_chat()
    {
        const string stranger = "bbbbbbbb-0000-0000-0000-000000000002";
        await EnqueueAsync(o => o.ToPerson, "k1", stranger);

        Assert.Equal(1, await Sender().SendDueAsync());

        var create = Assert.Single(connector.Requests, r => r.Path == "/v3/conversations");
        Assert.Contains(stranger, create.Body, StringComparison.Ordinal);
        Assert.Contains(connector.Requests, r => r.Path == "/v3/conversations/a:new-1to1/activities");
        await using var db = store.CreateDbContext();
        Assert.Single(db.ConversationReferences, r => r.UserAadObjectId == stranger && r.ConversationType == "personal");
    }

    [Fact]
    public async Task A_chat_that_cannot_be_created_backs_off_and_is_given_up_after_the_last_attempt()
    {
        ConnectorAnswersPosts("/v3/conversations", 503);
        await EnqueueAsync(o => o.ToPerson, "k1", "bbbbbbbb-0000-0000-0000-000000000002");

        await Sender().SendDueAsync();
        var first = await Message("k1");
        Assert.Equal(1, first.Attempts);
        Assert.True(first.NextAttemptAt > time.GetUtcNow() + TimeSpan.FromSeconds(1), "backs off beyond a second");
        for (var pass = 0; pass < 30; pass++)
        {
            time.Advance(TimeSpan.FromMinutes(15));
            await Sender().SendDueAsync();
        }

        var message = await Message("k1");
        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal(new OutboxOptions().MaxAttempts, message.Attempts);
        Assert.Contains("503", message.LastError, StringComparison.Ordinal);
        Assert.Equal(new OutboxOptions().MaxAttempts, connector.Requests.Count(r => r.Path == "/v3/conversations"));
    }

    [Fact]
    public async Task Sends_to_one_conversation_are_paced_under_teams_limits()
    {
        for (var i = 0; i < 10; i++)
        {
            await EnqueueAsync(o => o.ToConversation, $"k{i}", "19:grupo@thread.v2");
        }

        Assert.Equal(7, await Sender().SendDueAsync());
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await Sender().SendDueAsync());
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, await Sender().SendDueAsync());
        Assert.Equal(10, connector.Messages.Count);
    }

    [Fact]
    public async Task An_update_replaces_the_earlier_activity()
    {
        await EnqueueAsync(o => (db, key, target, activity) => o.Update(db, key, target, "activity-7", activity), "u1", "a:personal-ana");

        await Sender().SendDueAsync();

        var put = Assert.Single(connector.Requests);
        Assert.Equal("PUT", put.Method);
        Assert.Equal("/v3/conversations/a:personal-ana/activities/activity-7", put.Path);
    }

    [Fact]
    public async Task Two_instances_sending_at_once_deliver_each_message_exactly_once()
    {
        for (var i = 0; i < 20; i++)
        {
            await EnqueueAsync(o => o.ToConversation, $"k{i}", i % 2 == 0 ? "a:personal-ana" : "19:grupo@thread.v2");
        }
        var first = NewSender();
        var second = NewSender();
        for (var round = 0; round < 5; round++)
        {
            await Task.WhenAll(first.SendDueAsync(), second.SendDueAsync());
            time.Advance(TimeSpan.FromSeconds(2));
        }
        Assert.Equal(20, connector.Messages.Count);
        Assert.Equal(20, connector.Messages.Select(m => m["text"]!.GetValue<string>() + m["conversation"]!["id"]).Count());
        await using var db = store.CreateDbContext();
        Assert.All(db.Outbox, m => Assert.Equal(OutboxStatus.Delivered, m.Status));
    }

    [Fact]
    public async Task A_message_that_cannot_be_read_is_given_up_at_once_and_the_others_still_go()
    {
        await using (var db = store.CreateDbContext())
        {
            db.Outbox.Add(new OutboxMessage { Key = "broken", ActivityJson = "{not json", ConversationId = "a:personal-ana", CreatedAt = time.GetUtcNow(), NextAttemptAt = time.GetUtcNow() });
            await db.SaveChangesAsync();
        }
        await EnqueueAsync(o => o.ToPerson, "k1", Person);

        Assert.Equal(1, await Sender().SendDueAsync());

        var broken = await Message("broken");
        Assert.Equal(OutboxStatus.Failed, broken.Status);
        Assert.Contains("JSON", broken.LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Delivered, (await Message("k1")).Status);
    }

    [Fact]
    public async Task An_unreachable_connector_is_tried_again_later_with_backoff()
    {
        await using (var db = store.CreateDbContext())
        {
            var reference = Reference("a:lejos", "personal", null);
            reference.ServiceUrl = "http://127.0.0.1:1/";
            db.ConversationReferences.Add(reference);
            await db.SaveChangesAsync();
        }
        await EnqueueAsync(o => o.ToConversation, "k1", "a:lejos");

        Assert.Equal(0, await Sender().SendDueAsync());

        var message = await Message("k1");
        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.Equal(1, message.Attempts);
        Assert.Equal(time.GetUtcNow().AddSeconds(2), message.NextAttemptAt);
        Assert.NotNull(message.LastError);
    }

    [Fact]
    public async Task A_message_the_connector_keeps_failing_is_given_up_after_the_last_attempt_with_the_reason()
    {
        ConnectorAnswersPosts("/v3/conversations/*", 503);
        await EnqueueAsync(o => o.ToPerson, "k1", Person);

        for (var pass = 0; pass < 20; pass++)
        {
            await Sender().SendDueAsync();
            time.Advance(TimeSpan.FromMinutes(15));
        }

        var message = await Message("k1");
        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal(new OutboxOptions().MaxAttempts, message.Attempts);
        Assert.Contains("503", message.LastError, StringComparison.Ordinal);
        Assert.Equal(new OutboxOptions().MaxAttempts, connector.Requests.Count);
    }

    [Fact]
    public async Task A_failing_chat_does_not_hold_up_the_others_and_waits_for_the_outbox_backoff()
    {
        ConnectorAnswersPosts("/v3/conversations/a:personal-ana/activities", 503);
        await EnqueueAsync(o => o.ToPerson, "k1", Person);
        await EnqueueAsync(o => o.ToConversation, "k2", "19:grupo@thread.v2");
        using var resilient = ResilientConnector();

        // The connector as the bot host builds it, with in-line retries for replies; the outbox must not use them.
        Assert.Equal(1, await NewSender(resilient.GetRequiredService<IConnectorClient>()).SendDueAsync());

        Assert.Single(connector.Requests, r => r.Path == "/v3/conversations/a:personal-ana/activities");
        var failing = await Message("k1");
        Assert.Equal(OutboxStatus.Pending, failing.Status);
        Assert.Equal(1, failing.Attempts);
        Assert.Equal(OutboxStatus.Delivered, (await Message("k2")).Status);
    }

    [Fact]
    public async Task A_one_to_one_chat_that_no_longer_exists_is_created_again()
    {
        ConnectorAnswersPosts("/v3/conversations/a:personal-ana/activities", 404);
        await EnqueueAsync(o => o.ToPerson, "k1", Person);

        Assert.Equal(0, await Sender().SendDueAsync());
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await Sender().SendDueAsync());

        Assert.Single(connector.Requests, r => r.Path == "/v3/conversations");
        Assert.Contains(connector.Requests, r => r.Path == "/v3/conversations/a:new-1to1/activities");
        var message = await Message("k1");
        Assert.Equal(OutboxStatus.Delivered, message.Status);
        Assert.Equal("a:new-1to1", message.ConversationId);
        await using var db = store.CreateDbContext();
        Assert.Equal("a:new-1to1", Assert.Single(db.ConversationReferences, r => r.UserAadObjectId == Person && r.ConversationType == "personal").ConversationId);
    }

    private static ServiceProvider ResilientConnector() => new ServiceCollection()
        .AddLogging()
        .AddSingleton<IBotTokenProvider>(new NoToken())
        .AddBotProtocol(new ConfigurationBuilder().Build())
        .BuildServiceProvider();

    // The one bot instance of most tests; a new sender is another instance (another owner of the sender lease).
    private OutboxSender Sender() => sender ??= NewSender();

    private OutboxSender NewSender(IConnectorClient? client = null)
    {
        var telemetry = new BotTelemetry(new DummyMeterFactory());
        client ??= new ConnectorClient(new PlainHttpClientFactory(), new NoToken(), time, telemetry);
        return new OutboxSender(store.Factory, client, pacer, Options.Create(new OutboxOptions()), time, telemetry, NullLogger<OutboxSender>.Instance);
    }

    private readonly TeamsPacer pacer = new();
    private OutboxSender? sender;

    private async Task EnqueueAsync(Func<IOutbox, Action<Store.MipgDbContext, string, string, Activity>> pick, string key, string target)
    {
        await using var db = store.CreateDbContext();
        pick(new StoreOutbox(time))(db, key, target, new Activity { Type = "message", Text = "Hola" });
        await db.SaveChangesAsync();
    }

    private async Task<OutboxMessage> Message(string key)
    {
        await using var db = store.CreateDbContext();
        return await db.Outbox.SingleAsync(m => m.Key == key);
    }

    private ConversationReferenceRecord Reference(string id, string type, string? person) => new()
    {
        ConversationId = id,
        ConversationType = type,
        ServiceUrl = connector.ServiceUrl,
        ChannelId = "msteams",
        TenantId = BotHost.TenantId,
        BotId = "28:" + BotHost.AppId,
        UserId = person is null ? null : "29:ana",
        UserAadObjectId = person,
        LastSeenAt = time.GetUtcNow(),
    };

    private sealed class NoToken : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }

    private sealed class DummyMeterFactory : System.Diagnostics.Metrics.IMeterFactory
    {
        public System.Diagnostics.Metrics.Meter Create(System.Diagnostics.Metrics.MeterOptions options) => new(options);

        public void Dispose()
        {
        }
    }

    // The connector answers every POST to the path (WireMock wildcards allowed) with the status, ahead of its success.
    private void ConnectorAnswersPosts(string path, int status) =>
        connector.Server.Given(Request.Create().WithPath(path).UsingPost()).AtPriority(1).RespondWith(Response.Create().WithStatusCode(status));
}

public sealed class SqliteOutboxSenderTests() : OutboxSenderTests(StoreProvider.Sqlite);

public sealed class PostgresOutboxSenderTests() : OutboxSenderTests(StoreProvider.PostgreSql);
