using System.Diagnostics.Metrics;
using MipgTeams.Store.Conversations;

namespace MipgTeams.Bot.Tests.Outbox;

/// <summary>
/// Several bot instances over one store: Teams' limits are for the app, so one instance at a time sends (the sender
/// lease), a dead one is replaced once its lease lapses, a stopping one hands over at once, and the limits hold across.
/// </summary>
public abstract class OutboxSenderLeaseTests(StoreProvider provider) : IAsyncLifetime
{
    private const int Conversations = 30;
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);
    private static readonly OutboxOptions Settings = new();
    private static readonly (int Count, TimeSpan Window)[] PerConversationLimits =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1)),
    ];

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private RecordingConnector connector = null!;
    private TestStore store = null!;

    public async Task InitializeAsync()
    {
        connector = new RecordingConnector(time);
        store = await TestStore.CreateAsync(provider);
        await using var db = store.CreateDbContext();
        for (var i = 0; i < Conversations; i++)
        {
            db.ConversationReferences.Add(new ConversationReferenceRecord
            {
                ConversationId = Chat(i),
                ConversationType = "personal",
                ServiceUrl = "https://smba.example.test/amer/",
                ChannelId = "msteams",
                BotId = "28:bot",
                UserId = $"29:person-{i}",
                UserAadObjectId = $"{i:D8}-0000-4000-8000-000000000000",
                LastSeenAt = time.GetUtcNow(),
            });
        }
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        await metrics.DisposeAsync();
    }

    [Fact]
    public async Task Two_instances_draining_a_backlog_stay_under_the_app_and_conversation_limits_and_deliver_each_message_once()
    {
        // One busy conversation (past its 60 in 30 s) and many others: more than the app may send in a second.
        await EnqueueAsync(400, i => i < 60 ? Chat(0) : Chat(i % Conversations));

        var delivered = await RunAsync(Instance("a"), Instance("b"));

        Assert.Equal(400, delivered.Sum());
        Assert.Contains(0, delivered); // one instance sent everything; the other skipped every pass
        AssertWithinTeamsLimits();
        await AssertEachDeliveredOnceAsync(400);
    }

    [Fact]
    public async Task A_holder_that_dies_is_replaced_once_its_sender_lease_lapses_and_the_rest_is_delivered()
    {
        var (a, b) = await TwoInstancesWith200MessagesAsync();
        var start = time.GetUtcNow();
        Assert.Equal(50, await a.SendDueAsync()); // as much as Teams allows the app in a second
        Assert.Equal(0, await b.SendDueAsync());
        time.Advance(TimeSpan.FromSeconds(1));

        connector.DieAfter(10);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => a.SendDueAsync()); // dies mid-send: nothing released
        var diedAt = time.GetUtcNow();
        var inFlight = Assert.Single(await OutboxAsync(), m => m.LeaseOwner == "a");
        Assert.Equal(60, connector.Calls.Count);

        while (time.GetUtcNow() <= start + Settings.SenderLease)
        {
            Assert.Equal(0, await b.SendDueAsync());
            Assert.Equal("a", await SenderLeaseOwnerAsync());
            time.Advance(TimeSpan.FromSeconds(1));
        }
        Assert.Equal(60, connector.Calls.Count);

        var delivered = await RunAsync(b);

        Assert.Equal(140, delivered.Single());
        Assert.Equal("b", await SenderLeaseOwnerAsync());
        Assert.All(connector.Calls.Skip(60), c => Assert.True(c.At > start + Settings.SenderLease));
        // The message it died with stays leased on its own, the second guard, until that lease lapses too.
        Assert.True(Assert.Single(connector.Calls, c => c.Text == inFlight.Key).At > diedAt + Settings.Lease);
        AssertWithinTeamsLimits();
        await AssertEachDeliveredOnceAsync(200);
    }

    [Fact]
    public async Task A_clean_stop_releases_the_sender_lease_at_once_and_the_next_instance_keeps_to_the_limits()
    {
        var (a, b) = await TwoInstancesWith200MessagesAsync();
        var service = new OutboxSenderService(a, Options.Create(Settings), time, NullLogger<OutboxSenderService>.Instance);

        await service.StartAsync(default);
        await connector.CallsAsync(50); // its first pass
        await service.StopAsync(default);

        Assert.Null(await SenderLeaseOwnerAsync());
        // b takes over without waiting for the lease to lapse; it knows a's sends, so this second is already used up.
        Assert.Equal(0, await b.SendDueAsync());
        Assert.Equal("b", await SenderLeaseOwnerAsync());
        Assert.Equal(50, connector.Calls.Count);

        var delivered = await RunAsync(b);

        Assert.Equal(150, delivered.Single());
        AssertWithinTeamsLimits();
        await AssertEachDeliveredOnceAsync(200);
    }

    [Fact]
    public async Task A_holder_stalled_past_its_lease_stops_sending_once_another_took_over()
    {
        var (a, b) = await TwoInstancesWith200MessagesAsync();
        Assert.Equal(50, await a.SendDueAsync());

        time.Advance(Settings.SenderLease + TimeSpan.FromSeconds(1)); // a hangs; its lease lapses
        Assert.Equal(50, await b.SendDueAsync());
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await a.SendDueAsync());

        Assert.Equal(100, connector.Calls.Count);
        Assert.Equal("b", await SenderLeaseOwnerAsync());
        Assert.Equal(100, (await RunAsync(a, b)).Sum());
        AssertWithinTeamsLimits();
        await AssertEachDeliveredOnceAsync(200);
    }

    private static string Chat(int i) => $"a:chat-{i:D2}";

    // 200 messages spread over the conversations, and two instances, "a" and "b", to send them.
    private async Task<(OutboxSender A, OutboxSender B)> TwoInstancesWith200MessagesAsync()
    {
        await EnqueueAsync(200, i => Chat(i % Conversations));
        return (Instance("a"), Instance("b"));
    }

    private OutboxSender Instance(string name) =>
        new(store.Factory, connector, new TeamsPacer(), Options.Create(Settings), time, new BotTelemetry(metrics.GetRequiredService<IMeterFactory>()),
            NullLogger<OutboxSender>.Instance) { Instance = name };

    // Passes of every instance at once, a quarter of a second apart, until the outbox is empty; what each delivered.
    private async Task<int[]> RunAsync(params OutboxSender[] instances)
    {
        var delivered = new int[instances.Length];
        for (var round = 0; round < 1000 && (await OutboxAsync()).Any(m => m.Status == OutboxStatus.Pending); round++)
        {
            var passes = await Task.WhenAll(instances.Select(i => i.SendDueAsync()));
            for (var i = 0; i < passes.Length; i++)
            {
                delivered[i] += passes[i];
            }
            time.Advance(Step);
        }
        return delivered;
    }

    private async Task EnqueueAsync(int count, Func<int, string> conversation)
    {
        await using var db = store.CreateDbContext();
        var outbox = new StoreOutbox(time);
        for (var i = 0; i < count; i++)
        {
            outbox.ToConversation(db, Key(i), conversation(i), new Activity { Type = "message", Text = Key(i) });
        }
        await db.SaveChangesAsync();
    }

    private static string Key(int i) => $"m{i:D4}";

    private async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = store.CreateDbContext();
        return await db.Outbox.AsNoTracking().ToListAsync();
    }

    private async Task<string?> SenderLeaseOwnerAsync()
    {
        await using var db = store.CreateDbContext();
        return (await db.Leases.AsNoTracking().SingleAsync(l => l.Name == "outbox-sender")).Owner;
    }

    private void AssertWithinTeamsLimits()
    {
        var calls = connector.Calls.OrderBy(c => c.At).ToList();
        AssertAtMost(calls, 50, TimeSpan.FromSeconds(1), "the app");
        foreach (var conversation in calls.GroupBy(c => c.ConversationId))
        {
            foreach (var (count, window) in PerConversationLimits)
            {
                AssertAtMost(conversation.ToList(), count, window, conversation.Key);
            }
        }
    }

    // Calls sorted by time: more than count in some window means call i and call i + count fall within it.
    private static void AssertAtMost(List<RecordingConnector.SentCall> calls, int count, TimeSpan window, string what)
    {
        for (var i = 0; i + count < calls.Count; i++)
        {
            Assert.True(calls[i + count].At - calls[i].At >= window, $"{what}: {count + 1} calls within {window} from {calls[i].At:HH:mm:ss.fff}");
        }
    }

    private async Task AssertEachDeliveredOnceAsync(int count)
    {
        Assert.Equal(Enumerable.Range(0, count).Select(Key), connector.Calls.Select(c => c.Text!).Order(StringComparer.Ordinal));
        Assert.All(await OutboxAsync(), m => Assert.Equal(OutboxStatus.Delivered, m.Status));
    }
}

public sealed class SqliteOutboxSenderLeaseTests() : OutboxSenderLeaseTests(StoreProvider.Sqlite);

public sealed class PostgresOutboxSenderLeaseTests() : OutboxSenderLeaseTests(StoreProvider.PostgreSql);
