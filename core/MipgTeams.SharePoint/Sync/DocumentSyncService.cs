using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MipgTeams.SharePoint.Source;
using MipgTeams.Store;
using MipgTeams.Store.Sync;

namespace MipgTeams.SharePoint.Sync;

/// <summary>
/// One sync of every configured library and admin list into the store. Each container's changes are committed in one
/// transaction together with its new checkpoint, so a crash at any point resumes from the last committed checkpoint
/// and the model always ends as a fresh full sync would leave it. Lists go first: documents resolve their
/// macroprocess through the processes list.
/// </summary>
public sealed class DocumentSyncService
{
    private readonly ISharePointSource source;
    private readonly IDbContextFactory<MipgDbContext> dbFactory;
    private readonly ContentPreparer preparer;
    private readonly LibraryChangeApplier libraryApplier;
    private readonly ListChangeApplier listApplier;
    private readonly SyncRunRecorder recorder;
    private readonly SyncTelemetry telemetry;
    private readonly ILogger<DocumentSyncService> logger;

    internal DocumentSyncService(
        ISharePointSource source, IDbContextFactory<MipgDbContext> dbFactory, ContentPreparer preparer, LibraryChangeApplier libraryApplier,
        ListChangeApplier listApplier, SyncRunRecorder recorder, SyncTelemetry telemetry, ILogger<DocumentSyncService> logger)
    {
        this.source = source;
        this.dbFactory = dbFactory;
        this.preparer = preparer;
        this.libraryApplier = libraryApplier;
        this.listApplier = listApplier;
        this.recorder = recorder;
        this.telemetry = telemetry;
        this.logger = logger;
    }

    public async Task<SyncSummary> SyncOnceAsync(IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var span = SyncTelemetry.Source.StartActivity("sync run");
        var started = recorder.Now;
        var runId = await recorder.StartAsync(source.Name, cancellationToken);
        span?.SetTag("mipg.sync.run_id", runId);
        var counters = new SyncCounters();
        var failed = false;
        foreach (var container in source.Containers.OrderBy(c => c.Kind == ContainerKind.DocumentLibrary))
        {
            if (container.Kind == ContainerKind.ChangeRequestsList)
            {
                continue; // written by the bot (write-back), never read into the model
            }
            try
            {
                await SyncContainerAsync(container, counters, cancellationToken);
                progress?.Report(new SyncProgress(container.DisplayName, counters.Seen, counters.Changed, counters.Failed));
            }
            catch (SourceAccessDeniedException e)
            {
                // The credential is refused: nothing more can be read; the last good model stays served.
                logger.LogError("Sync stopped: access denied by {Source}: {Reason}", source.Name, e.Message);
                counters.Errors.Add($"{container.DisplayName}: acceso denegado por SharePoint ({e.Message}). Se sigue sirviendo el último modelo sincronizado.");
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
                    logger.LogError(e, "Sync of {Container} failed; its last checkpoint stays", container.DisplayName);
                }
                counters.Errors.Add($"{container.DisplayName}: {e.Message}");
                failed = true;
            }
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

    private async Task SyncContainerAsync(SourceContainer container, SyncCounters counters, CancellationToken cancellationToken)
    {
        using var span = SyncTelemetry.Source.StartActivity("sync container");
        span?.SetTag("mipg.sync.container", container.DisplayName);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checkpoint = await db.SyncCheckpoints.FindAsync([container.Id], cancellationToken);
        var set = await source.GetChangesAsync(container, checkpoint?.Value, cancellationToken);
        var changes = LastChangePerItem(set.Changes);
        var records = await db.SourceItems.Where(r => r.Container == container.Id).ToDictionaryAsync(r => r.ItemId, cancellationToken);

        if (container.Kind == ContainerKind.DocumentLibrary)
        {
            var documents = await db.Documents.Where(d => d.SourceContainer == container.Id).ToDictionaryAsync(d => d.SourceItemId, cancellationToken);
            var live = documents.Values.Where(d => !d.IsRemoved).Select(d => d.SourceItemId).ToHashSet();
            var files = changes.OfType<SourceItemUpserted>().Select(c => c.Item).Where(i => !i.IsFolder);
            var (contents, gone) = await preparer.PrepareAsync(container, files, records, live, cancellationToken);
            changes = changes.Select(c => gone.Contains(c.ItemId) ? new SourceItemDeleted(c.ItemId) : c).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await libraryApplier.ApplyAsync(db, set, changes, records, documents, contents, counters, cancellationToken);
            await CommitAsync(db, container, set, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        else if (listApplier.Handles(container.Kind))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await listApplier.ApplyAsync(db, set, changes, records, counters, cancellationToken);
            await CommitAsync(db, container, set, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private async Task CommitAsync(MipgDbContext db, SourceContainer container, SourceChangeSet set, CancellationToken cancellationToken)
    {
        var checkpoint = await db.SyncCheckpoints.FindAsync([container.Id], cancellationToken);
        if (checkpoint is null)
        {
            checkpoint = new SyncCheckpoint { Container = container.Id, Value = set.NextCheckpoint };
            db.SyncCheckpoints.Add(checkpoint);
        }
        if (checkpoint.Value != set.NextCheckpoint || db.ChangeTracker.HasChanges())
        {
            checkpoint.Value = set.NextCheckpoint;
            checkpoint.UpdatedAt = recorder.Now;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    // Delta feeds may list an item more than once in a run; the last entry is its state.
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
