using Microsoft.EntityFrameworkCore;
using MipgTeams.Store.Leases;
using MipgTeams.TestSupport;

namespace MipgTeams.Store.Tests.Leases;

/// <summary>One owner at a time, on SQLite and on PostgreSQL: taken when free, renewed only by its owner, released at once.</summary>
public abstract class NamedLeaseTests(StoreProvider provider) : StoreTests(provider)
{
    private const string Name = "outbox-sender";
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 13, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    [Fact]
    public async Task Racing_instances_take_a_new_lease_once()
    {
        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => TakeAsync($"i{i}", Now)));

        Assert.Single(taken, t => t);
        Assert.Equal($"i{Array.IndexOf(taken, true)}", await OwnerAsync());
    }

    [Fact]
    public async Task A_held_lease_is_refused_to_others_until_it_lapses()
    {
        var second = TimeSpan.FromSeconds(1);
        Assert.True(await TakeAsync("a", Now));
        Assert.True(await TakeAsync("a", Now + second)); // its owner may take it again: until Now + 1 s + the lease

        Assert.False(await TakeAsync("b", Now + second + Lease));
        Assert.True(await TakeAsync("b", Now + second + Lease + second));
        Assert.Equal("b", await OwnerAsync());
    }

    [Fact]
    public async Task Only_the_owner_renews_and_not_once_another_has_had_it()
    {
        Assert.True(await TakeAsync("a", Now));
        Assert.True(await RenewAsync("a", Now + Lease));
        Assert.False(await RenewAsync("b", Now + Lease));

        Assert.True(await TakeAsync("b", Now + (3 * Lease)));
        await ReleaseAsync("b", Now + (3 * Lease));
        Assert.False(await RenewAsync("a", Now + (4 * Lease))); // a was away: b had it meanwhile
    }

    [Fact]
    public async Task A_released_lease_is_free_at_once_and_only_its_owner_can_release_it()
    {
        Assert.True(await TakeAsync("a", Now));
        await ReleaseAsync("b", Now);
        Assert.Equal("a", await OwnerAsync());

        await ReleaseAsync("a", Now);

        Assert.Null(await OwnerAsync());
        Assert.True(await TakeAsync("b", Now));
    }

    private async Task<bool> TakeAsync(string owner, DateTimeOffset now)
    {
        await using var db = Store.CreateDbContext();
        return await db.TryTakeAsync(Name, owner, now, now + Lease, default);
    }

    private async Task<bool> RenewAsync(string owner, DateTimeOffset now)
    {
        await using var db = Store.CreateDbContext();
        return await db.TryRenewAsync(Name, owner, now + Lease, default);
    }

    private async Task ReleaseAsync(string owner, DateTimeOffset now)
    {
        await using var db = Store.CreateDbContext();
        await db.ReleaseAsync(Name, owner, now, default);
    }

    private async Task<string?> OwnerAsync()
    {
        await using var db = Store.CreateDbContext();
        return (await db.Leases.AsNoTracking().SingleAsync(l => l.Name == Name)).Owner;
    }
}

public sealed class SqliteNamedLeaseTests() : NamedLeaseTests(StoreProvider.Sqlite);

public sealed class PostgresNamedLeaseTests() : NamedLeaseTests(StoreProvider.PostgreSql);
