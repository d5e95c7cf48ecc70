using MipgTeams.SharePoint.Folder;
using MipgTeams.SharePoint.Source;
using MipgTeams.SharePoint.Sync;

namespace MipgTeams.SharePoint.Tests.Sync;

/// <summary>A sync worker of its own (as another process would be) over a folder library and a store it does not own.</summary>
internal sealed class FolderWorker : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private FolderWorker(ServiceProvider services, ControlledSource source)
    {
        this.services = services;
        Source = source;
    }

    public ControlledSource Source { get; }

    public DocumentSyncService Sync => services.GetRequiredService<DocumentSyncService>();

    public static FolderWorker Create(TestStore store, string folder, int pageSize = 500, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Folder:Root"] = folder,
            ["Folder:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var source = new ControlledSource(new FolderSharePointSource(Options.Create(new FolderSourceOptions { Root = folder, PageSize = pageSize })));
        var services = new ServiceCollection()
            .AddSingleton(store.Factory)
            .AddSingleton(time ?? TimeProvider.System)
            .AddSingleton<ISharePointSource>(source)
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddSharePointSync(configuration)
            .BuildServiceProvider();
        return new FolderWorker(services, source);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
