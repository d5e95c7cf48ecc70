using Microsoft.EntityFrameworkCore;
using MipgTeams.Store;
using MipgTeams.Store.Sync;

namespace MipgTeams.SharePoint.Sync;

/// <summary>Stores each run's outcome: a row at start (a crash leaves it "Running"), completed at the end.</summary>
internal sealed class SyncRunRecorder(IDbContextFactory<MipgDbContext> dbFactory, TimeProvider time)
{
    private const int MaxErrorsStored = 200;

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task<long> StartAsync(string source, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = new SyncRun { Source = source, StartedAt = time.GetUtcNow() };
        db.SyncRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
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
