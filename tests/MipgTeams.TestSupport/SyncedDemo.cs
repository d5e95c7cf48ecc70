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

    public static async Task<SyncedDemo> CreateAsync(StoreProvider provider = StoreProvider.Sqlite, TimeProvider? time = null)
    {
        var store = await TestStore.CreateAsync(provider);
        var folder = RepoPaths.CopyDemo();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Folder:Root"] = folder,
            ["Folder:PublicBaseUrl"] = "http://localhost:3978/biblioteca/",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton(store.Factory)
            .AddSingleton(time ?? TimeProvider.System)
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddSharePointSync(configuration)
            .BuildServiceProvider();
        var demo = new SyncedDemo(store, folder, services);
        await demo.SyncAsync();
        return demo;
    }

    public Task<SyncSummary> SyncAsync() => Sync.SyncOnceAsync();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Store.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
