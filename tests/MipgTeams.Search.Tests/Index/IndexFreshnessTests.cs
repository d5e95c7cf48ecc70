using Microsoft.Extensions.Logging.Abstractions;
using MipgTeams.Search.Analysis;
using MipgTeams.Search.Index;

namespace MipgTeams.Search.Tests.Index;

/// <summary>A change the sync saw shows in answers right after the index catches up; each instance resumes from its commit.</summary>
public sealed class IndexFreshnessTests : IAsyncLifetime
{
    private readonly SearchFixture search = new();

    public Task InitializeAsync() => search.InitializeAsync();

    public Task DisposeAsync() => search.DisposeAsync();

    private string Library => Path.Combine(search.Demo.Folder, "library");

    [Fact]
    public async Task A_removed_document_disappears_from_answers_after_the_sync_that_saw_it()
    {
        Assert.Equal("GINFD01-F001", search.Engine.Answer("fuid").Best?.Document.Code);
        File.Delete(Directory.GetFiles(Library, "GINFD01-F001*", SearchOption.AllDirectories).Single());

        await search.Demo.SyncAsync();
        await search.Updater.CatchUpAsync();

        Assert.NotEqual("GINFD01-F001", search.Engine.Answer("fuid").Best?.Document.Code);
    }

    [Fact]
    public async Task A_document_made_obsolete_is_no_longer_offered()
    {
        var columns = Path.Combine(Library, "_columnas.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(columns))!.AsObject();
        var key = json.Select(p => p.Key).Single(k => k.Contains("GFINP01-F001", StringComparison.Ordinal));
        json[key]!["Estado"] = "Obsoleto";
        File.WriteAllText(columns, json.ToJsonString());

        await search.Demo.SyncAsync();
        await search.Updater.CatchUpAsync();

        Assert.DoesNotContain(search.Engine.Answer("formato solicitud de cdp").Documents, d => d.Document.Code == "GFINP01-F001");
    }

    [Fact]
    public async Task A_restarted_instance_resumes_from_its_committed_checkpoint()
    {
        var checkpoint = search.Index.Checkpoint;
        var path = Path.Combine(search.Demo.Folder, "index");
        search.Index.Dispose();

        using var reopened = new SearchIndex(path, new SpanishSearchAnalyzer(SearchServiceCollectionExtensions.LoadSynonyms(null)));
        var catalog = new ModelCatalog();
        var updater = new IndexUpdater(search.Demo.Store.Factory, reopened, catalog, NullLogger<IndexUpdater>.Instance);

        Assert.Equal(checkpoint, reopened.Checkpoint);
        Assert.Equal(0, await updater.CatchUpAsync());
        Assert.Equal("GLEGN02-F002", new AnswerEngine(reopened, catalog).Answer("memoria justificativa").Best?.Document.Code);
    }

    [Fact]
    public async Task An_index_built_with_other_fields_is_rebuilt_from_the_store()
    {
        var path = Path.Combine(search.Demo.Folder, "index");
        search.Index.Dispose();
        // An index as an earlier version wrote it: a checkpoint, no field layout.
        using (var directory = Lucene.Net.Store.FSDirectory.Open(path))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(SpanishSearchAnalyzer.Version, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["checkpoint"] = "999999" });
            writer.Commit();
        }

        using var reopened = new SearchIndex(path, new SpanishSearchAnalyzer(SearchServiceCollectionExtensions.LoadSynonyms(null)));
        Assert.Equal(0, reopened.Checkpoint);
        var catalog = new ModelCatalog();
        Assert.True(await new IndexUpdater(search.Demo.Store.Factory, reopened, catalog, NullLogger<IndexUpdater>.Instance).CatchUpAsync() > 0);
        Assert.Equal("GTHUM01-F002", new AnswerEngine(reopened, catalog).Answer("bacasiones").Best?.Document.Code);
    }
}
