using MipgTeams.SharePoint.Sync;

namespace MipgTeams.SharePoint.Tests.Graph;

/// <summary>A store synced through the real Graph source and sync engine from a fake Graph.</summary>
public sealed class GraphSyncHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly bool ownsStore;

    private GraphSyncHarness(TestStore store, ServiceProvider services, bool ownsStore)
    {
        Store = store;
        this.services = services;
        this.ownsStore = ownsStore;
    }

    public TestStore Store { get; }

    public DocumentSyncService Sync => services.GetRequiredService<DocumentSyncService>();

    /// <summary>A worker over <paramref name="store"/> (kept when the harness goes: another worker may use it next), or over a new SQLite store of its own.</summary>
    public static async Task<GraphSyncHarness> CreateAsync(FakeGraph graph, IDictionary<string, string?>? settings = null, TestStore? store = null, TimeProvider? time = null)
    {
        var ownsStore = store is null;
        store ??= await TestStore.CreateAsync(StoreProvider.Sqlite);
        var values = new Dictionary<string, string?>
        {
            ["Sync:Source"] = "Graph",
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["Graph:Site"] = "contoso.sharepoint.com:/sites/calidad",
            ["Graph:Credential:Kind"] = "None",
            ["Graph:RetryDelaySeconds"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddSingleton(store.Factory)
            .AddSingleton(time ?? TimeProvider.System)
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddSharePointSync(configuration)
            .BuildServiceProvider();
        return new GraphSyncHarness(store, services, ownsStore);
    }

    public Task<SyncSummary> SyncAsync(CancellationToken cancellationToken = default) => Sync.SyncOnceAsync(cancellationToken: cancellationToken);

    /// <summary>What a user can notice of the model: live documents with their metadata and text, processes, lists.</summary>
    public Task<List<string>> ModelAsync() => ModelOfAsync(Store);

    /// <summary>What a user can notice of the model in <paramref name="store"/>.</summary>
    public static async Task<List<string>> ModelOfAsync(TestStore store)
    {
        await using var db = store.CreateDbContext();
        var documents = await db.Documents.Where(d => !d.IsRemoved).ToListAsync();
        var processes = await db.Processes.ToListAsync();
        var team = await db.QualityTeam.ToListAsync();
        var settings = await db.Settings.ToListAsync();
        return
        [
            .. documents.Select(d => $"doc|{d.Code}|{d.Title}|{d.Version}|{d.Status}|{d.ProcessCode}|{d.MacroprocessCode}|{d.Path}|{d.ApprovedOn}|{d.ContentHash}|{d.Text?.Length}|{d.ExtractionError is null}").Order(StringComparer.Ordinal),
            .. processes.Select(p => $"process|{p.Code}|{p.Name}|{p.MacroprocessCode}|{p.Leader?.Email}").Order(StringComparer.Ordinal),
            .. team.Select(m => $"team|{m.Person.Email}|{m.IsCoordinator}|{m.IsActive}").Order(StringComparer.Ordinal),
            .. settings.Select(s => $"setting|{s.Key}|{s.Value}").Order(StringComparer.Ordinal),
        ];
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (ownsStore)
        {
            await Store.DisposeAsync();
        }
    }
}
