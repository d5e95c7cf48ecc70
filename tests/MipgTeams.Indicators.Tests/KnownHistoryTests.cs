using Microsoft.Extensions.Time.Testing;
using MipgTeams.TestSupport;

namespace MipgTeams.Indicators.Tests;

/// <summary>Tests on a fresh store seeded with the <see cref="KnownHistory"/>, its queries on the history's clock.</summary>
public abstract class KnownHistoryTests(StoreProvider provider) : IAsyncLifetime
{
    protected TestStore Store { get; private set; } = null!;

    protected IndicatorQueries Queries { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Store = await TestStore.CreateAsync(provider);
        await using var db = Store.CreateDbContext();
        await KnownHistory.SeedAsync(db);
        Queries = new IndicatorQueries(Store.Factory, new FakeTimeProvider(KnownHistory.Now));
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();
}
