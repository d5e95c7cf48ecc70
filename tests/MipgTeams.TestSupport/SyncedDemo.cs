using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MipgTeams.SharePoint;
using MipgTeams.SharePoint.Sync;

namespace MipgTeams.TestSupport;

/// <summary>A store filled by a real sync of a private copy of the demo library: the starting point of most feature tests.</summary>
public sealed class SyncedDemo : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private SyncedDemo(TestStore store, string folder, ServiceProvider services)
    {
        Store = store;
        Folder = folder;
        this.services = services;
    }

    public TestStore Store { get; }

    /// <summary>The demo copy: library/ and lists/ may be edited, then <see cref="SyncAsync"/> run again.</summary>
    public string Folder { get; }

    public DocumentSyncService Sync => services.GetRequiredService<DocumentSyncService>();

    /// <summary>The sync's services (its meter factory, for tests that read its metrics).</summary>
    public IServiceProvider Services => services;

    /// <summary>
    /// A synced demo of its own. On SQLite with the system clock it is a copy of one demo synced once per test run
    /// (<see cref="SyncedDemoTemplate"/>): the same rows and files as a fresh sync, without paying for the sync again.
    /// A fake clock or PostgreSQL get a real sync, so the clock's times and the provider's behaviour are in the store.
    /// </summary>
    public static async Task<SyncedDemo> CreateAsync(StoreProvider provider = StoreProvider.Sqlite, TimeProvider? time = null)
    {
        if (provider == StoreProvider.Sqlite && time is null)
        {
            var template = await SyncedDemoTemplate.GetAsync();
            var store = TestStore.CopyOfSqlite(template.DatabaseFile);
            var copy = RepoPaths.CopyToTemp(template.Folder, "mipg-demo-");
            return new SyncedDemo(store, copy, SyncServices(store, copy, time: null));
        }
        return await SyncFreshAsync(provider, time);
    }

    /// <summary>A new store synced from a new copy of the demo library.</summary>
    internal static async Task<SyncedDemo> SyncFreshAsync(StoreProvider provider, TimeProvider? time)
    {
        var store = await TestStore.CreateAsync(provider);
        var folder = RepoPaths.CopyDemo();
        var demo = new SyncedDemo(store, folder, SyncServices(store, folder, time));
        await demo.SyncAsync();
        return demo;
    }

    private static ServiceProvider SyncServices(TestStore store, string folder, TimeProvider? time)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Folder:Root"] = folder,
            ["Folder:PublicBaseUrl"] = "http://localhost:3978/biblioteca/",
        }).Build();
        return new ServiceCollection()
            .AddSingleton(store.Factory)
            .AddSingleton(time ?? TimeProvider.System)
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddSharePointSync(configuration)
            .BuildServiceProvider();
    }

    public Task<SyncSummary> SyncAsync() => Sync.SyncOnceAsync();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Store.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
