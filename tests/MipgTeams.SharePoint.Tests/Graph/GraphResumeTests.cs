using MipgTeams.Store.Sync;

namespace MipgTeams.SharePoint.Tests.Graph;

/// <summary>
/// A first sync killed at every Graph call (between pages and inside a page: a listing, a download) resumes where its
/// last committed page left it, and ends with the model an uninterrupted sync gives.
/// </summary>
public sealed class GraphResumeTests : IAsyncLifetime
{
    // Small pages, so a dozen files make several delta and listing pages.
    private static readonly Dictionary<string, string?> SmallPages = new() { ["Graph:PageSize"] = "4" };

    private string demo = null!;
    private FakeGraph graph = null!;

    public Task InitializeAsync()
    {
        demo = RepoPaths.CopyDemo();
        var site = FakeGraphDemo.Load(demo);
        var keep = site.LiveFiles.Where(f => f.Name.EndsWith(".docx", StringComparison.Ordinal)).Take(10).Select(f => f.Id).ToHashSet();
        foreach (var file in site.LiveFiles.Where(f => !keep.Contains(f.Id)).ToList())
        {
            site.Delete(file.Id);
        }
        // A file moved into a folder made after it: the full enumeration lists the file first, its folder pages later.
        site.Move(keep.First(), "Gestión Jurídica/Obsoletos");
        graph = FakeGraph.Start(site);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        graph.Dispose();
        Directory.Delete(demo, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_first_sync_killed_at_any_call_resumes_and_ends_with_the_model_of_an_uninterrupted_one()
    {
        var (expected, calls) = await UninterruptedAsync();
        Assert.True(calls > 30, $"only {calls} calls");
        using var template = await EmptyStoreTemplate.CreateAsync();

        for (var n = 1; n <= calls; n++)
        {
            await using var store = template.Copy();
            await KillAtCallAsync(store, n);
            await using (var resumed = await GraphSyncHarness.CreateAsync(graph, SmallPages, store))
            {
                var summary = await resumed.SyncAsync();
                Assert.False(summary.Skipped);
                Assert.True(summary.Errors.Count == 0, $"killed at call {n}: {string.Join("; ", summary.Errors)}");
            }
            Assert.True(expected.SequenceEqual(await GraphSyncHarness.ModelOfAsync(store)), $"killed at call {n}: the model differs");
            await using var db = store.CreateDbContext();
            var outcomes = await db.SyncRuns.Select(r => r.Outcome).ToListAsync();
            Assert.DoesNotContain(SyncOutcome.Running, outcomes);
            Assert.DoesNotContain(SyncOutcome.Failed, outcomes);
        }
    }

    [Fact]
    public async Task A_killed_first_sync_continues_from_its_last_page_not_from_zero()
    {
        var (expected, _) = await UninterruptedAsync();
        using var template = await EmptyStoreTemplate.CreateAsync();
        await using var store = template.Copy();
        // Killed while asking for the fourth page of the library's delta: three pages are in the store.
        var deltaPages = 0;
        await KillWhenAsync(store, path => path.Contains("/root/delta", StringComparison.Ordinal) && ++deltaPages == 4);
        await using (var db = store.CreateDbContext())
        {
            Assert.True(await db.Documents.AnyAsync(), "nothing was committed before the kill");
            Assert.Equal(SyncOutcome.Running, (await db.SyncRuns.SingleAsync()).Outcome);
        }
        graph.Handler.ClearRequests();

        await using (var resumed = await GraphSyncHarness.CreateAsync(graph, SmallPages, store))
        {
            await resumed.SyncAsync();
        }

        var libraryDeltas = graph.Requests.Where(r => r.Contains("/root/delta", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(libraryDeltas, r => !r.Contains("skip=", StringComparison.Ordinal)); // never the first page again
        Assert.Equal(expected, await GraphSyncHarness.ModelOfAsync(store));
        await using (var db = store.CreateDbContext())
        {
            Assert.Equal([SyncOutcome.Interrupted, SyncOutcome.Succeeded], await db.SyncRuns.OrderBy(r => r.Id).Select(r => r.Outcome).ToListAsync());
        }
    }

    [Fact]
    public async Task On_PostgreSQL_a_sync_killed_at_each_library_page_resumes_to_the_same_model()
    {
        var (expected, _) = await UninterruptedAsync();
        for (var page = 1; page <= 4; page++)
        {
            await using var store = await TestStore.CreateAsync(StoreProvider.PostgreSql);
            var seen = 0;
            var at = page;
            await KillWhenAsync(store, path => path.Contains("/root/delta", StringComparison.Ordinal) && ++seen == at);
            await using (var resumed = await GraphSyncHarness.CreateAsync(graph, SmallPages, store))
            {
                Assert.Empty((await resumed.SyncAsync()).Errors);
            }
            Assert.Equal(expected, await GraphSyncHarness.ModelOfAsync(store));
        }
    }

    private async Task<(List<string> Model, int Calls)> UninterruptedAsync()
    {
        await using var worker = await GraphSyncHarness.CreateAsync(graph, SmallPages);
        graph.Handler.ClearRequests();
        var summary = await worker.SyncAsync();
        Assert.Empty(summary.Errors);
        var calls = graph.Requests.Count;
        var model = await worker.ModelAsync();
        Assert.Equal(10, model.Count(m => m.StartsWith("doc|", StringComparison.Ordinal)));
        Assert.Contains(model, m => m.Contains("|Gestión Jurídica/Obsoletos/", StringComparison.Ordinal));
        return (model, calls);
    }

    private async Task KillAtCallAsync(TestStore store, int n)
    {
        var count = 0;
        await KillWhenAsync(store, _ => Interlocked.Increment(ref count) == n);
    }

    // Cancels the run at the first request that matches, as a process killed there would stop (its run left «Running»).
    private async Task KillWhenAsync(TestStore store, Func<string, bool> kill)
    {
        using var cancel = new CancellationTokenSource();
        graph.Handler.OnRequest = path =>
        {
            if (kill(path))
            {
                cancel.Cancel();
            }
        };
        try
        {
            await using var worker = await GraphSyncHarness.CreateAsync(graph, SmallPages, store);
            await worker.SyncAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            // killed
        }
        finally
        {
            graph.Handler.OnRequest = null;
        }
    }
}
