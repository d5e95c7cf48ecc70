using MipgTeams.SharePoint.Sync;
using MipgTeams.SharePoint.Tests.Graph;
using MipgTeams.Store.Leases;
using MipgTeams.Store.Sync;

namespace MipgTeams.SharePoint.Tests.Sync;

/// <summary>One sync at a time per store: the hosted worker, an admin's «once», two instances during a deployment.</summary>
public sealed class SyncLeaseTests : IDisposable
{
    private readonly string demo = RepoPaths.CopyDemo();

    public void Dispose() => Directory.Delete(demo, recursive: true);

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.PostgreSql)]
    public async Task Seven_syncs_started_together_end_with_one_model_and_no_failed_run(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var workers = Enumerable.Range(0, 7).Select(_ => FolderWorker.Create(store, demo)).ToList();
        try
        {
            var summaries = await Task.WhenAll(workers.Select(w => Task.Run(() => w.Sync.SyncOnceAsync())));

            Assert.Contains(summaries, s => !s.Skipped);
            Assert.All(summaries.Where(s => !s.Skipped), s => Assert.DoesNotContain(s.Errors, e => !e.Contains("GINFD01-G002", StringComparison.Ordinal)));
            await using var db = store.CreateDbContext();
            var outcomes = await db.SyncRuns.Select(r => r.Outcome).ToListAsync();
            Assert.Equal(summaries.Count(s => !s.Skipped), outcomes.Count);
            Assert.All(outcomes, o => Assert.Equal(SyncOutcome.CompletedWithErrors, o)); // the demo's corrupt PDF, nothing else
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }
        }
        await using var fresh = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using (var alone = FolderWorker.Create(fresh, demo))
        {
            await alone.Sync.SyncOnceAsync();
        }
        Assert.Equal(await GraphSyncHarness.ModelOfAsync(fresh), await GraphSyncHarness.ModelOfAsync(store));
    }

    [Fact]
    public async Task A_sync_started_while_another_runs_is_skipped_and_says_so_without_recording_a_run()
    {
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var hosted = FolderWorker.Create(store, demo);
        await using var admin = FolderWorker.Create(store, demo);
        hosted.Source.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = hosted.Sync.SyncOnceAsync();
        await hosted.Source.Held.Task;

        var second = await admin.Sync.SyncOnceAsync();

        Assert.True(second.Skipped);
        Assert.Equal(0, second.RunId);
        hosted.Source.Gate.SetResult();
        var first = await running;
        Assert.False(first.Skipped);
        await using var db = store.CreateDbContext();
        Assert.Equal(first.RunId, (await db.SyncRuns.SingleAsync()).Id);
    }

    [Fact]
    public async Task A_sync_that_may_wait_runs_once_the_other_has_finished()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero));
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var hosted = FolderWorker.Create(store, demo, time: time);
        await using var admin = FolderWorker.Create(store, demo, time: time);
        hosted.Source.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = hosted.Sync.SyncOnceAsync();
        await hosted.Source.Held.Task;
        var waiting = new WaitSignal();

        var told = waiting.Next();
        var second = admin.Sync.SyncOnceAsync(waiting, TimeSpan.FromMinutes(1));
        await told;
        hosted.Source.Gate.SetResult();
        var first = await running;
        while (!second.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(2));
            await Task.WhenAny(second, waiting.Next());
        }

        var summary = await second;
        Assert.False(summary.Skipped);
        Assert.True(summary.Waited > TimeSpan.Zero);
        Assert.Equal(first.RunId + 1, summary.RunId);
        Assert.Equal(0, summary.Changed); // the first had synced everything
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.PostgreSql)]
    public async Task A_run_left_running_by_a_dead_process_is_marked_interrupted_by_the_next_sync(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var past = DateTimeOffset.UtcNow.AddMinutes(-10);
        await StartRunAsync(store, "muerto@otra-maquina:41", past.AddMinutes(-5), past);

        var summary = await SyncOnceAsync(store);

        Assert.False(summary.Skipped);
        await using var check = store.CreateDbContext();
        var runs = await check.SyncRuns.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(SyncOutcome.Interrupted, runs[0].Outcome);
        Assert.Equal(SyncOutcome.CompletedWithErrors, runs[1].Outcome);
        Assert.NotNull(runs[1].Owner);
        Assert.True(runs[1].LeaseUntil > runs[1].StartedAt);
    }

    [Fact]
    public async Task A_run_whose_owner_still_holds_the_lease_is_left_running_and_the_new_sync_is_skipped()
    {
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var future = DateTimeOffset.UtcNow.AddMinutes(1);
        await StartRunAsync(store, "vivo@otra-maquina:7", DateTimeOffset.UtcNow, future);

        var summary = await SyncOnceAsync(store);

        Assert.True(summary.Skipped);
        await using var check = store.CreateDbContext();
        Assert.Equal(SyncOutcome.Running, (await check.SyncRuns.SingleAsync()).Outcome);
        Assert.False(await check.Documents.AnyAsync());
    }

    // A run of another instance as the store shows it: the run row and the sync lease, both held until leaseUntil.
    private static async Task StartRunAsync(TestStore store, string owner, DateTimeOffset startedAt, DateTimeOffset leaseUntil)
    {
        await using var db = store.CreateDbContext();
        db.SyncRuns.Add(new SyncRun { Source = "folder", StartedAt = startedAt, Owner = owner, LeaseUntil = leaseUntil });
        db.Leases.Add(new Lease { Name = "sync", Owner = owner, Until = leaseUntil });
        await db.SaveChangesAsync();
    }

    private async Task<SyncSummary> SyncOnceAsync(TestStore store)
    {
        await using var worker = FolderWorker.Create(store, demo);
        return await worker.Sync.SyncOnceAsync();
    }

    // Signals each time the sync says it is waiting for the other (its wait already under way).
    private sealed class WaitSignal : IProgress<SyncProgress>
    {
        private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Next() => Volatile.Read(ref next).Task;

        public void Report(SyncProgress value)
        {
            if (value.WaitingFor is not null)
            {
                Interlocked.Exchange(ref next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).SetResult();
            }
        }
    }
}
