using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MipgTeams.Store.Sync;

namespace MipgTeams.SharePoint.Sync;

/// <summary>
/// One sync of every configured library and admin list into the store, one at a time per store (the "sync" lease).
/// Changes come and are committed page by page, each page in one transaction together with the checkpoint to resume
/// from, so a run killed at any point resumes after its last committed page and the model ends as an uninterrupted
/// sync would leave it; no page holds more than a slice of the library. Lists go first: documents resolve their
/// macroprocess through the processes list.
/// </summary>
public sealed class DocumentSyncService
{
    private static readonly TimeSpan WaitPoll = TimeSpan.FromSeconds(2);
    private static readonly string Instance = $"{Environment.MachineName}:{Environment.ProcessId}";

    private readonly ISharePointSource source;
    private readonly IDbContextFactory<MipgDbContext> dbFactory;
    private readonly ContentPreparer preparer;
    private readonly LibraryChangeApplier libraryApplier;
    private readonly ListChangeApplier listApplier;
    private readonly SyncRunRecorder recorder;
    private readonly SyncTelemetry telemetry;
    private readonly TimeProvider time;
    private readonly TimeSpan leaseLength;
    private readonly ILogger<DocumentSyncService> logger;

    internal DocumentSyncService(
        ISharePointSource source, IDbContextFactory<MipgDbContext> dbFactory, ContentPreparer preparer, LibraryChangeApplier libraryApplier,
        ListChangeApplier listApplier, SyncRunRecorder recorder, SyncTelemetry telemetry, TimeProvider time, TimeSpan leaseLength,
        ILogger<DocumentSyncService> logger)
    {
        this.source = source;
        this.dbFactory = dbFactory;
        this.preparer = preparer;
        this.libraryApplier = libraryApplier;
        this.listApplier = listApplier;
        this.recorder = recorder;
        this.telemetry = telemetry;
        this.time = time;
        this.leaseLength = leaseLength;
        this.logger = logger;
    }

    /// <summary>
    /// Syncs once. When another sync of the store is running, waits up to <paramref name="waitIfRunning"/> for it to end
    /// (checking every 2 seconds) and, if it has not, returns a summary with <see cref="SyncSummary.Skipped"/> set and
    /// records no run: two syncs never write the same store at once.
    /// </summary>
    public async Task<SyncSummary> SyncOnceAsync(
        IProgress<SyncProgress>? progress = null, TimeSpan waitIfRunning = default, CancellationToken cancellationToken = default)
    {
        // One owner per run, not per process: the hosted loop and a call in the same process are two syncs too.
        var owner = $"{Guid.NewGuid():N}@{Instance}";
        var lease = new SyncLease(dbFactory, time, leaseLength, owner.Length > 100 ? owner[..100] : owner);
        var waitStarted = time.GetUtcNow();
        while (!await lease.TryTakeAsync(cancellationToken))
        {
            var waited = time.GetUtcNow() - waitStarted;
            if (waited >= waitIfRunning)
            {
                logger.LogInformation("Another sync of this store is running; this one is skipped after waiting {Waited}", waited);
                return SyncSummary.SkippedAfter(waited);
            }
            var pause = waitIfRunning - waited < WaitPoll ? waitIfRunning - waited : WaitPoll;
            var delay = Task.Delay(pause, time, cancellationToken);
            // Told once the wait is under way, so whoever is told (a console, a test's clock) sees it waiting.
            progress?.Report(new SyncProgress("", 0, 0, 0, waitIfRunning));
            await delay;
        }
        var waitedFor = time.GetUtcNow() - waitStarted;
        try
        {
            return await RunAsync(lease, progress, cancellationToken) with { Waited = waitedFor };
        }
        finally
        {
            await lease.ReleaseAsync();
        }
    }

    private async Task<SyncSummary> RunAsync(SyncLease lease, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        using var span = SyncTelemetry.Source.StartActivity("sync run");
        var started = recorder.Now;
        var runId = await recorder.StartAsync(source.Name, lease, cancellationToken);
        span?.SetTag("mipg.sync.run_id", runId);
        var interrupted = await recorder.MarkInterruptedAsync(runId, cancellationToken);
        if (interrupted > 0)
        {
            logger.LogWarning("{Count} earlier sync run(s) found running without a live owner, marked interrupted; this run resumes from their last committed pages", interrupted);
        }
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopKeeping = new CancellationTokenSource();
        var keeping = lease.KeepAsync(runId, lost, stopKeeping.Token);
        var counters = new SyncCounters();
        var failed = false;
        try
        {
            foreach (var container in source.Containers.OrderBy(c => c.Kind == ContainerKind.DocumentLibrary))
            {
                if (container.Kind == ContainerKind.ChangeRequestsList)
                {
                    continue; // written by the bot (write-back), never read into the model
                }
                try
                {
                    await SyncContainerAsync(container, lease, runId, counters, progress, lost.Token);
                }
                catch (SourceAccessDeniedException e)
                {
                    // The credential is refused: nothing more can be read; the last good model stays served.
                    logger.LogError("Sync stopped: access denied by {Source}: {Reason}", source.Name, e.Message);
                    counters.Errors.Add($"{container.DisplayName}: acceso denegado por SharePoint ({e.Message}). Se sigue sirviendo el último modelo sincronizado.");
                    failed = true;
                    break;
                }
                catch (Exception e) when (e is SyncLeaseLostException || (e is OperationCanceledException && lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
                {
                    logger.LogError("Sync {RunId} stopped: its lease was lost", runId);
                    counters.Errors.Add(new SyncLeaseLostException().Message);
                    failed = true;
                    break;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    if (e is SourceUnreadableException)
                    {
                        // The admins' mistake (a missing or broken list file), said in Spanish in the run; no stack trace needed.
                        logger.LogWarning("Sync of {Container} skipped, unreadable; its last checkpoint stays: {Reason}", container.DisplayName, e.Message);
                    }
                    else
                    {
                        logger.LogError(e, "Sync of {Container} failed; its last committed page stays", container.DisplayName);
                    }
                    counters.Errors.Add($"{container.DisplayName}: {e.Message}");
                    failed = true;
                }
            }
        }
        finally
        {
            await stopKeeping.CancelAsync();
            await keeping;
        }
        var summary = new SyncSummary(runId, counters.Seen, counters.Changed, counters.Removed, counters.Failed, counters.Errors);
        var outcome = SyncRunRecorder.OutcomeOf(summary, failed);
        await recorder.FinishAsync(runId, summary, outcome, CancellationToken.None);
        telemetry.RecordRun(summary, outcome, recorder.Now - started);
        span?.SetTag("mipg.sync.outcome", SyncTelemetry.OutcomeName(outcome));
        if (outcome == SyncOutcome.Failed)
        {
            span?.SetStatus(ActivityStatusCode.Error);
        }
        logger.LogInformation("Sync {RunId} done: seen {Seen}, changed {Changed}, removed {Removed}, failed {Failed}",
            runId, summary.Seen, summary.Changed, summary.Removed, summary.Failed);
        return summary;
    }

    private async Task SyncContainerAsync(
        SourceContainer container, SyncLease lease, long runId, SyncCounters counters, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        using var span = SyncTelemetry.Source.StartActivity("sync container");
        span?.SetTag("mipg.sync.container", container.DisplayName);
        string? checkpoint;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            checkpoint = (await db.SyncCheckpoints.AsNoTracking().SingleOrDefaultAsync(c => c.Container == container.Id, cancellationToken))?.Value;
        }
        await foreach (var page in source.ReadChangesAsync(container, checkpoint, cancellationToken))
        {
            if (container.Kind == ContainerKind.DocumentLibrary)
            {
                await ApplyLibraryPageAsync(page, lease, runId, counters, cancellationToken);
            }
            else if (listApplier.Handles(container.Kind))
            {
                await ApplyListPageAsync(page, lease, runId, counters, cancellationToken);
            }
            progress?.Report(new SyncProgress(container.DisplayName, counters.Seen, counters.Changed, counters.Failed));
        }
    }

    private async Task ApplyLibraryPageAsync(SourceChangePage page, SyncLease lease, long runId, SyncCounters counters, CancellationToken cancellationToken)
    {
        var container = page.Container.Id;
        var changes = LastChangePerItem(page.Changes);
        var ids = changes.Select(c => c.ItemId).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Only this page's items: the library is never loaded whole.
        var records = await db.SourceItems.Where(r => r.Container == container && ids.Contains(r.ItemId)).ToDictionaryAsync(r => r.ItemId, cancellationToken);
        var documents = await db.Documents.Where(d => d.SourceContainer == container && ids.Contains(d.SourceItemId)).ToDictionaryAsync(d => d.SourceItemId, cancellationToken);
        var live = documents.Values.Where(d => !d.IsRemoved).Select(d => d.SourceItemId).ToHashSet();
        var files = changes.OfType<SourceItemUpserted>().Select(c => c.Item).Where(i => !i.IsFolder);
        var (contents, gone) = await preparer.PrepareAsync(page.Container, files, records, live, cancellationToken);
        changes = changes.Select(c => gone.Contains(c.ItemId) ? new SourceItemDeleted(c.ItemId) : c).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await lease.FenceAsync(db, runId, cancellationToken);
        await libraryApplier.ApplyAsync(db, page, changes, records, documents, contents, counters, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (page is { IsLast: true, Enumeration: { } enumeration })
        {
            await libraryApplier.ReconcileAsync(db, container, enumeration, counters, cancellationToken);
        }
        await CommitAsync(db, page, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task ApplyListPageAsync(SourceChangePage page, SyncLease lease, long runId, SyncCounters counters, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var changes = LastChangePerItem(page.Changes);
        var records = await db.SourceItems.Where(r => r.Container == page.Container.Id).ToDictionaryAsync(r => r.ItemId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await lease.FenceAsync(db, runId, cancellationToken);
        await listApplier.ApplyAsync(db, page, changes, records, counters, cancellationToken);
        await CommitAsync(db, page, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task CommitAsync(MipgDbContext db, SourceChangePage page, CancellationToken cancellationToken)
    {
        var checkpoint = await db.SyncCheckpoints.FindAsync([page.Container.Id], cancellationToken);
        if (checkpoint is null)
        {
            checkpoint = new SyncCheckpoint { Container = page.Container.Id, Value = page.Checkpoint };
            db.SyncCheckpoints.Add(checkpoint);
        }
        if (checkpoint.Value != page.Checkpoint || db.ChangeTracker.HasChanges())
        {
            checkpoint.Value = page.Checkpoint;
            checkpoint.UpdatedAt = recorder.Now;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    // Delta feeds may list an item more than once in a page; the last entry is its state.
    private static List<SourceChange> LastChangePerItem(IReadOnlyList<SourceChange> changes)
    {
        var last = new Dictionary<string, int>();
        for (var i = 0; i < changes.Count; i++)
        {
            last[changes[i].ItemId] = i;
        }
        return changes.Where((c, i) => last[c.ItemId] == i).ToList();
    }
}
