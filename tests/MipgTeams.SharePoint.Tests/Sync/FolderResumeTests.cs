using MipgTeams.SharePoint.Sync;
using MipgTeams.SharePoint.Tests.Graph;
using MipgTeams.Store.Sync;

namespace MipgTeams.SharePoint.Tests.Sync;

/// <summary>The folder library pages too: a sync killed at any page or file resumes after the last committed path.</summary>
public sealed class FolderResumeTests : IDisposable
{
    private const int PageSize = 3;
    private readonly string demo = RepoPaths.CopyDemo();

    public FolderResumeTests()
    {
        // A dozen Word files over several folders: enough for four pages, quick to extract a hundred times.
        var library = Path.Combine(demo, "library");
        var files = Directory.GetFiles(library, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('_')).Order(StringComparer.Ordinal).ToList();
        var keep = files.Where(f => f.EndsWith(".docx", StringComparison.Ordinal)).Where((_, i) => i % 2 == 0).Take(12).ToHashSet();
        foreach (var file in files.Where(f => !keep.Contains(f)))
        {
            File.Delete(file);
        }
    }

    public void Dispose() => Directory.Delete(demo, recursive: true);

    [Fact]
    public async Task A_folder_sync_killed_at_any_page_or_file_resumes_and_ends_with_the_model_of_an_uninterrupted_one()
    {
        using var template = await EmptyStoreTemplate.CreateAsync();
        List<string> expected;
        int calls;
        await using (var store = template.Copy())
        await using (var worker = FolderWorker.Create(store, demo, PageSize))
        {
            Assert.Empty((await worker.Sync.SyncOnceAsync()).Errors);
            (expected, calls) = (await GraphSyncHarness.ModelOfAsync(store), worker.Source.Calls);
        }
        Assert.Equal(12, expected.Count(m => m.StartsWith("doc|", StringComparison.Ordinal)));

        for (var n = 1; n <= calls; n++)
        {
            await using var store = template.Copy();
            await using (var killed = FolderWorker.Create(store, demo, PageSize))
            {
                using var kill = new CancellationTokenSource();
                (killed.Source.Kill, killed.Source.KillAt) = (kill, n);
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => killed.Sync.SyncOnceAsync(cancellationToken: kill.Token));
            }
            await using (var resumed = FolderWorker.Create(store, demo, PageSize))
            {
                var summary = await resumed.Sync.SyncOnceAsync();
                Assert.True(summary.Errors.Count == 0, $"killed at call {n}: {string.Join("; ", summary.Errors)}");
            }
            Assert.True(expected.SequenceEqual(await GraphSyncHarness.ModelOfAsync(store)), $"killed at call {n}: the model differs");
        }
    }

    [Fact]
    public async Task A_resumed_folder_sync_does_not_read_again_the_files_it_had_committed_and_still_removes_what_went()
    {
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        SyncSummary full;
        await using (var first = FolderWorker.Create(store, demo, PageSize))
        {
            full = await first.Sync.SyncOnceAsync();
        }
        var gone = Directory.GetFiles(Path.Combine(demo, "library"), "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Last();
        File.Delete(gone);
        await using (var killed = FolderWorker.Create(store, demo, PageSize))
        {
            // Lists are 4 calls; the library's second page is call 6: its first page is committed.
            using var kill = new CancellationTokenSource();
            (killed.Source.Kill, killed.Source.KillAt) = (kill, 6);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => killed.Sync.SyncOnceAsync(cancellationToken: kill.Token));
        }

        await using var resumed = FolderWorker.Create(store, demo, PageSize);
        var summary = await resumed.Sync.SyncOnceAsync();

        Assert.Equal(1, summary.Removed);
        Assert.Equal(full.Seen - 1 - PageSize, summary.Seen); // the list rows again, and the files after the first page
        await using var db = store.CreateDbContext();
        var path = Path.GetRelativePath(Path.Combine(demo, "library"), gone).Replace('\\', '/');
        Assert.True((await db.Documents.SingleAsync(d => d.Path == path)).IsRemoved);
        Assert.Equal(SyncOutcome.Interrupted, (await db.SyncRuns.OrderBy(r => r.Id).Skip(1).FirstAsync()).Outcome);
    }
}
