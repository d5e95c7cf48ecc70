using Microsoft.Extensions.Logging.Abstractions;
using MipgTeams.Search.Analysis;
using MipgTeams.Search.Index;
using MipgTeams.TestSupport;

namespace MipgTeams.Search.Tests;

/// <summary>The demo library synced into a store, and this instance's index and answer engine built from it.</summary>
public sealed class SearchFixture : IAsyncLifetime
{
    public SyncedDemo Demo { get; private set; } = null!;
    public SearchIndex Index { get; private set; } = null!;
    public ModelCatalog Catalog { get; } = new();
    public IndexUpdater Updater { get; private set; } = null!;
    public AnswerEngine Engine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Demo = await SyncedDemo.CreateAsync();
        Index = new SearchIndex(Path.Combine(Demo.Folder, "index"), new SpanishSearchAnalyzer(SearchServiceCollectionExtensions.LoadSynonyms(null)));
        Updater = new IndexUpdater(Demo.Store.Factory, Index, Catalog, NullLogger<IndexUpdater>.Instance);
        await Updater.CatchUpAsync();
        Engine = new AnswerEngine(Index, Catalog);
    }

    public async Task DisposeAsync()
    {
        Index.Dispose();
        await Demo.DisposeAsync();
    }
}
