namespace MipgTeams.SharePoint.Tests.Sync;

/// <summary>Tests that each start from a fresh copy of the demo library, synced once into a fresh store.</summary>
public abstract class SyncedDemoTests(TimeProvider? time = null) : IAsyncLifetime
{
    protected SyncedDemo Demo { get; private set; } = null!;

    public async Task InitializeAsync() => Demo = await SyncedDemo.CreateAsync(time: time);

    public async Task DisposeAsync() => await Demo.DisposeAsync();
}
