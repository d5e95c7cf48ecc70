using Microsoft.EntityFrameworkCore;
using MipgTeams.Store.Sync;

namespace MipgTeams.SharePoint.Sync;

/// <summary>
/// Stores each run's outcome: a row at start with its owner and lease (a crash leaves it «Running» until the next run
/// marks it interrupted), completed at the end.
/// </summary>
internal sealed class SyncRunRecorder(IDbContextFactory<MipgDbContext> dbFactory, TimeProvider time)
{
    private const int MaxErrorsStored = 200;

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task<long> StartAsync(string source, SyncLease lease, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = new SyncRun { Source = source, StartedAt = time.GetUtcNow(), Owner = lease.Owner, LeaseUntil = lease.Until };
        db.SyncRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    /// <summary>
    /// Marks every other «Running» run interrupted. Called by the holder of the store's sync lease, so none of them can
    /// be alive: their process died without finishing them.
    /// </summary>
    public async Task<int> MarkInterruptedAsync(long currentRunId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SyncRuns
            .Where(r => r.Outcome == SyncOutcome.Running && r.Id != currentRunId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Outcome, SyncOutcome.Interrupted), cancellationToken);
    }

    /// <summary>A run that could not finish (a container failed, or the credential was refused) failed; one that finished with item errors did not.</summary>
    public static SyncOutcome OutcomeOf(SyncSummary summary, bool failed) =>
        failed ? SyncOutcome.Failed : summary.Errors.Count > 0 ? SyncOutcome.CompletedWithErrors : SyncOutcome.Succeeded;

    public async Task FinishAsync(long runId, SyncSummary summary, SyncOutcome outcome, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.SyncRuns.SingleAsync(r => r.Id == runId, cancellationToken);
        run.FinishedAt = time.GetUtcNow();
        run.ItemsSeen = summary.Seen;
        run.ItemsChanged = summary.Changed;
        run.ItemsRemoved = summary.Removed;
        run.ItemsFailed = summary.Failed;
        run.Outcome = outcome;
        run.Errors = summary.Errors.Count == 0 ? null : string.Join('\n', summary.Errors.Take(MaxErrorsStored));
        await db.SaveChangesAsync(cancellationToken);
    }
}
