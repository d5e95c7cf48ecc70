using Xunit;

namespace MipgTeams.TestSupport;

/// <summary>
/// Tests that each get a fresh store of <paramref name="provider"/> (run once per provider through a subclass each),
/// migrated unless <paramref name="migrate"/> is false; it is deleted after the test.
/// </summary>
public abstract class StoreTests(StoreProvider provider, bool migrate = true) : IAsyncLifetime
{
    protected StoreProvider Provider { get; } = provider;

    protected TestStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await TestStore.CreateAsync(Provider, migrate);

    public async Task DisposeAsync() => await Store.DisposeAsync();
}
