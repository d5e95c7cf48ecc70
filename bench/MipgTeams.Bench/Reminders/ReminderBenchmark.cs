using MipgTeams.Domain.Time;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipgTeams.Bot.Outbox;
using MipgTeams.Bot.Protocol;
using MipgTeams.Bot.Reminders;
using MipgTeams.Domain.Reminders;
using MipgTeams.Store;
using MipgTeams.Store.Conversations;
using MipgTeams.Store.Outbox;

namespace MipgTeams.Bench.Reminders;

/// <summary>
/// Planning a day of reminders for 100,000 pending requests across 5,000 approvers (time, allocations, peak memory),
/// then claiming and sending that day's digests and notices through the real claims, outbox and paced sender against a
/// connector that throttles 10% of calls, on a fake clock: every message delivered, none twice, pace within Teams' limits.
/// </summary>
internal static class ReminderBenchmark
{
    private const int Requests = 100_000;
    private const int Approvers = 5_000;
    private static readonly DateOnly Today = new(2026, 11, 25);

    public static async Task RunAsync()
    {
        var workload = ReminderWorkload.Create(Requests, Approvers, Today);
        var settings = new ReminderSettings();
        ReminderPlanner.Plan(Today, workload.Pending.Take(1000).ToList(), workload.Approvers, settings, workload.Documents.Take(100).ToList()); // warm-up

        var times = new List<double>();
        ReminderPlan plan = null!;
        long allocated = 0;
        for (var i = 0; i < 5; i++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            plan = ReminderPlanner.Plan(Today, workload.Pending, workload.Approvers, settings, workload.Documents);
            times.Add(watch.Elapsed.TotalMilliseconds);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        }
        var heap = GC.GetTotalMemory(forceFullCollection: false);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var digests = plan.Digests.ToList();
        Console.WriteLine($"Planning {Requests:N0} pending requests for {Approvers:N0} approvers (+ {workload.Documents.Count:N0} documents checked for review):");
        Console.WriteLine($"  time: median {Median(times):N0} ms, max {times.Max():N0} ms (5 runs)");
        Console.WriteLine($"  allocated per plan: {allocated / 1048576.0:N1} MB; managed heap after: {heap / 1048576.0:N1} MB; peak working set of the process: {peak / 1048576.0:N0} MB");
        Console.WriteLine($"  plan: {digests.Count:N0} digests, {plan.Pending.Count(p => p.IsOverdue):N0} overdue, {plan.People.Sum(p => p.OwnOverdue.Count):N0} requester notices, {digests.Sum(d => d.Reviews.Count):N0} reviews due");
        var cards = Stopwatch.StartNew();
        var bytes = digests.Sum(d => System.Text.Json.JsonSerializer.Serialize(ReminderMessages.Digest(d, Today, 10), BotJson.Options).Length);
        Console.WriteLine($"  digest cards: {digests.Count:N0} built and serialized in {cards.ElapsedMilliseconds:N0} ms ({bytes / digests.Count:N0} bytes each on average)");

        await SendAsync(settings, plan);
    }

    private static async Task SendAsync(ReminderSettings settings, ReminderPlan plan)
    {
        // A RAM disk when there is one: the figures are about claims, outbox and pacing, not about the disk's fsync.
        var folder = Directory.Exists("/dev/shm")
            ? Directory.CreateDirectory(Path.Combine("/dev/shm", "mipg-bench-reminders-" + Guid.NewGuid().ToString("N")[..8])).FullName
            : Directory.CreateTempSubdirectory("mipg-bench-reminders-").FullName;
        var time = new ManualClock(BogotaTime.At(Today, settings.ReminderTime));
        var connector = new ThrottlingConnector(time, throttleShare: 0.10);
        var services = new ServiceCollection()
            .AddStore(new StoreOptions { Provider = "Sqlite", ConnectionString = $"Data Source={Path.Combine(folder, "mipg.db")}" })
            .AddLogging()
            .AddMetrics()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<IConnectorClient>(connector)
            .AddSingleton<BotTelemetry>()
            .AddSingleton<TeamsPacer>()
            .AddSingleton<OutboxSender>()
            .AddSingleton<IOutbox, StoreOutbox>()
            .AddSingleton<ReminderInputs>()
            .AddSingleton<ReminderClaims>()
            .AddSingleton<ReminderRunner>();
        services.AddOptions<OutboxOptions>();
        services.AddOptions<ReminderOptions>().Configure(o => o.BatchSize = 200);
        await using var provider = services.BuildServiceProvider();
        try
        {
            await provider.MigrateStoreAsync();
            await SeedChatsAsync(provider, plan);

            var watch = Stopwatch.StartNew();
            var result = await provider.GetRequiredService<ReminderRunner>().RunAsync(settings, plan, default);
            var again = await provider.GetRequiredService<ReminderRunner>().RunAsync(settings, plan, default); // a second pass the same day
            Console.WriteLine($"Claiming and queueing: {result.Digests:N0} digests and {result.Notices:N0} notices in {watch.Elapsed.TotalSeconds:N1} s; a second pass queued {again.Digests + again.Notices}");

            var sender = provider.GetRequiredService<OutboxSender>();
            var factory = provider.GetRequiredService<IDbContextFactory<MipgDbContext>>();
            var start = time.GetUtcNow();
            watch.Restart();
            var passes = 0;
            while (true)
            {
                var delivered = await sender.SendDueAsync();
                passes++;
                if (sender.Depth == 0)
                {
                    break;
                }
                await using var db = await factory.CreateDbContextAsync();
                var next = await db.Outbox.Where(m => m.Status == OutboxStatus.Pending).MinAsync(m => m.NextAttemptAt);
                var now = time.GetUtcNow();
                time.Advance(next > now ? next - now : delivered == 0 ? TimeSpan.FromMilliseconds(20) : TimeSpan.Zero);
            }
            await ReportAsync(factory, connector, time.GetUtcNow() - start, watch.Elapsed, passes, result.Digests + result.Notices);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task SeedChatsAsync(IServiceProvider provider, ReminderPlan plan)
    {
        await using var db = await provider.GetRequiredService<IDbContextFactory<MipgDbContext>>().CreateDbContextAsync();
        foreach (var person in plan.People)
        {
            db.ConversationReferences.Add(new ConversationReferenceRecord
            {
                ConversationId = "a:" + person.ObjectId,
                ConversationType = "personal",
                ServiceUrl = "https://smba.example.test/amer/",
                ChannelId = "msteams",
                BotId = "28:bench",
                UserId = "29:" + person.ObjectId,
                UserAadObjectId = person.ObjectId,
                LastSeenAt = DateTimeOffset.UnixEpoch,
            });
        }
        await db.SaveChangesAsync();
    }

    private static async Task ReportAsync(IDbContextFactory<MipgDbContext> factory, ThrottlingConnector connector, TimeSpan simulated, TimeSpan real, int passes, int queued)
    {
        await using var db = await factory.CreateDbContextAsync();
        var delivered = await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Delivered);
        var failed = await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Failed);
        var perRecipient = (await db.Outbox.Select(m => m.RecipientAadObjectId).ToListAsync()).GroupBy(r => "a:" + r).ToDictionary(g => g.Key, g => g.Count());
        var twice = connector.Delivered.Count(d => d.Value > perRecipient.GetValueOrDefault(d.Key));
        var calls = connector.Calls.Select(c => c.At).Order().ToArray();
        var perSecond = MaxInWindow(calls, TimeSpan.FromSeconds(1));
        var perConversation = connector.Calls.GroupBy(c => c.Conversation).Max(g => MaxInWindow(g.Select(c => c.At).Order().ToArray(), TimeSpan.FromSeconds(1)));
        Console.WriteLine($"Sending {queued:N0} messages with {connector.Throttled:N0} answers of 429 out of {connector.Calls.Count:N0} calls (10% throttled):");
        Console.WriteLine($"  delivered {delivered:N0}, failed {failed}, delivered more than once: {twice}, received by the connector: {connector.Delivered.Values.Sum():N0}");
        Console.WriteLine($"  pace: at most {perSecond} calls in any second for the app (limit 50), {perConversation} per conversation (limit 7)");
        Console.WriteLine($"  simulated time {simulated.TotalSeconds:N0} s (≈ {queued / Math.Max(1, simulated.TotalSeconds):N1} messages/s); real time {real.TotalSeconds:N1} s in {passes:N0} sender passes");
        var ok = delivered == queued && failed == 0 && twice == 0 && connector.Delivered.Values.Sum() == queued && perSecond <= 50 && perConversation <= 7;
        Console.WriteLine(ok ? "  OK: every message delivered once, within Teams' limits" : "  FAILED: see the figures above");
    }

    private static int MaxInWindow(DateTimeOffset[] sorted, TimeSpan window)
    {
        var max = 0;
        for (int start = 0, end = 0; end < sorted.Length; end++)
        {
            while (sorted[end] - sorted[start] >= window)
            {
                start++;
            }
            max = Math.Max(max, end - start + 1);
        }
        return max;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
