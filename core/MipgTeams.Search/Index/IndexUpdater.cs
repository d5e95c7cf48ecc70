using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MipgTeams.Store;

namespace MipgTeams.Search.Index;

/// <summary>
/// Brings this instance's index and catalog up to date with the store: every document whose change number is past the
/// index's checkpoint is re-indexed (or deleted), in change order. A new instance builds everything from the store;
/// a store that went backwards (restored, replaced) triggers a rebuild.
/// </summary>
public sealed class IndexUpdater(IDbContextFactory<MipgDbContext> dbFactory, SearchIndex index, ModelCatalog catalog, ILogger<IndexUpdater> logger) : IDisposable
{
    private const int BatchSize = 1000;
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool warmed;

    // A catch-up this large (a build, a big sync) leaves many small segments; merging them makes every query cheaper.
    private const int CompactAfter = 1_000;

    /// <summary>Releases the gate; the container does it at shutdown.</summary>
    public void Dispose() => gate.Dispose();

    /// <summary>Applies every pending change; returns how many documents changed in the index.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await RefreshListsAsync(db, cancellationToken);
            var storeMax = await db.Documents.MaxAsync(d => (long?)d.ChangeNumber, cancellationToken) ?? 0;
            if (storeMax < index.Checkpoint)
            {
                logger.LogWarning("The store is behind the search index ({Store} < {Index}); rebuilding the index", storeMax, index.Checkpoint);
                index.Clear();
            }
            if (!catalog.IsLoaded && index.Checkpoint > 0)
            {
                await LoadCatalogAsync(db, cancellationToken);
            }
            var applied = 0;
            while (true)
            {
                var checkpoint = index.Checkpoint;
                var batch = await db.Documents.AsNoTracking().Where(d => d.ChangeNumber > checkpoint)
                    .OrderBy(d => d.ChangeNumber).Take(BatchSize).ToListAsync(cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }
                foreach (var document in batch)
                {
                    index.Upsert(new IndexedDocument(document, catalog.Process(document.ProcessCode)?.Name, catalog.Macroprocess(document.MacroprocessCode)?.Name));
                    catalog.Apply(document);
                }
                index.Commit(batch[^1].ChangeNumber);
                applied += batch.Count;
            }
            if (applied >= CompactAfter)
            {
                index.Compact();
            }
            catalog.IsLoaded = true;
            if (!warmed && catalog.Documents.Count > 0)
            {
                Warm();
                warmed = true;
            }
            if (applied > 0)
            {
                logger.LogInformation("Search index brought to change {Checkpoint} ({Applied} documents)", index.Checkpoint, applied);
            }
            return applied;
        }
        finally
        {
            gate.Release();
        }
    }

    // The first questions after start-up must not pay for loading the index files and compiling the answer path: a
    // few questions of each kind (a code, a title, a misspelling, a figure, nothing found) are answered once here.
    private void Warm()
    {
        var engine = new Answers.AnswerEngine(index, catalog);
        var sample = catalog.Documents.Values.Take(3).ToList();
        var questions = sample.SelectMany(d => new[] { d.Code, d.Title, $"¿en cuánto tiempo {d.Title.ToLowerInvariant()}?", $"formato de {d.Title}" })
            .Concat(["prosedimiento de bacaciones", "¿quién lidera el proceso?", "zzzz qqqq"]);
        foreach (var question in questions)
        {
            try
            {
                engine.Answer(question);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogWarning(e, "Warming the answer engine failed on a sample question");
            }
        }
    }

    private async Task RefreshListsAsync(MipgDbContext db, CancellationToken cancellationToken) =>
        catalog.ReplaceLists(
            await db.Processes.AsNoTracking().ToListAsync(cancellationToken),
            await db.Macroprocesses.AsNoTracking().ToListAsync(cancellationToken),
            await db.Dimensions.AsNoTracking().OrderBy(d => d.Number).ToListAsync(cancellationToken),
            await db.Policies.AsNoTracking().OrderBy(p => p.Number).ToListAsync(cancellationToken));

    // A restarted instance has an index but an empty memory: the documents come back from the store, not re-indexed.
    private async Task LoadCatalogAsync(MipgDbContext db, CancellationToken cancellationToken)
    {
        catalog.Clear();
        var checkpoint = index.Checkpoint;
        await foreach (var document in db.Documents.AsNoTracking().Where(d => !d.IsRemoved && d.ChangeNumber <= checkpoint).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            catalog.Apply(document);
        }
    }
}
