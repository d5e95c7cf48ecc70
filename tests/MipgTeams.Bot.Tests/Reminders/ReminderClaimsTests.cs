using MipgTeams.Bot.Reminders;
using MipgTeams.Store;
using MipgTeams.Store.Reminders;

namespace MipgTeams.Bot.Tests.Reminders;

/// <summary>The claims on each provider: instances racing over the same day each remind every person exactly once.</summary>
public abstract class ReminderClaimsTests(StoreProvider provider) : StoreTests(provider)
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly Day = new(2026, 11, 25);
    private ReminderClaims Instance(string name) =>
        new(Store.Factory, Options.Create(new ReminderOptions { Lease = TimeSpan.FromMinutes(5) }), time) { Instance = name };

    private static List<string> People(int count) => Enumerable.Range(0, count).Select(i => $"{i:D8}-0000-4000-8000-000000000000").ToList();

    // What the runner does: claim a batch, then per person put the digest in the outbox and mark the claim sent.
    private static async Task<int> WorkAsync(ReminderClaims claims, int batch)
    {
        var sent = 0;
        while (await claims.ClaimAsync(Day, batch, default) is { Count: > 0 } taken)
        {
            foreach (var claim in taken)
            {
                var completed = await claims.CompleteAsync(claim, db =>
                {
                    db.Outbox.Add(new OutboxMessage { Key = $"digest:{claim.PersonObjectId}:{Day:yyyy-MM-dd}", ActivityJson = "{}", RecipientAadObjectId = claim.PersonObjectId });
                    return Task.CompletedTask;
                }, default);
                sent += completed ? 1 : 0;
            }
        }
        await claims.ReleaseAsync(Day, default);
        return sent;
    }

    [Fact]
    public async Task Two_instances_racing_over_the_same_day_remind_each_person_exactly_once()
    {
        var people = People(300);
        var a = Instance("a");
        var b = Instance("b");
        await Task.WhenAll(a.EnsureAsync(Day, people, default), b.EnsureAsync(Day, people, default));

        var sent = await Task.WhenAll(Task.Run(() => WorkAsync(a, 20)), Task.Run(() => WorkAsync(b, 20)));

        Assert.Equal(300, sent.Sum());
        await using var db = Store.CreateDbContext();
        Assert.Equal(300, await db.Outbox.CountAsync());
        Assert.Equal(300, await db.ReminderClaims.CountAsync(c => c.Date == Day && c.Status == ReminderClaimStatus.Sent));
    }

    [Fact]
    public async Task People_claimed_by_an_instance_that_died_are_taken_over_after_the_lease_and_sent_once()
    {
        var people = People(10);
        var dead = Instance("dead");
        var alive = Instance("alive");
        await dead.EnsureAsync(Day, people, default);
        var orphaned = await dead.ClaimAsync(Day, 4, default);

        var before = await WorkAsync(alive, 5);
        time.Advance(TimeSpan.FromMinutes(6));
        var after = await WorkAsync(alive, 5);
        var late = await dead.CompleteAsync(orphaned[0], _ => Task.CompletedTask, default);

        // PostgreSQL skips only the locked rows, so the rest go at once; SQLite waits for the dead instance's lease.
        Assert.Equal(Provider == StoreProvider.PostgreSql ? 6 : 0, before);
        Assert.Equal(10, before + after);
        Assert.False(late);
        await using var db = Store.CreateDbContext();
        Assert.Equal(10, await db.Outbox.CountAsync());
    }

    [Fact]
    public async Task Recording_the_same_people_twice_keeps_one_claim_each()
    {
        var claims = Instance("a");
        await claims.EnsureAsync(Day, People(3), default);
        await claims.EnsureAsync(Day, People(5), default);

        await using var db = Store.CreateDbContext();
        Assert.Equal(5, await db.ReminderClaims.CountAsync());
    }
}

public sealed class SqliteReminderClaimsTests() : ReminderClaimsTests(StoreProvider.Sqlite);

public sealed class PostgresReminderClaimsTests() : ReminderClaimsTests(StoreProvider.PostgreSql);
