using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Store.Publishing;

namespace MipgTeams.SharePoint.Publishing;

/// <summary>
/// Applies due publication jobs. Each is leased (a conditional update, so two instances never run the same job), then
/// run step by step (<see cref="PublicationSteps"/>), each step recorded as soon as it is done: after a crash the next
/// run skips what is done and redoes only the interrupted step, whose writes are repeatable. A library that cannot be
/// reached is retried with backoff; a conflict or a permanent failure stops the job and tells the quality team.
/// </summary>
public sealed class PublicationRunner(
    IDbContextFactory<MipgDbContext> dbFactory, PublicationExecutor steps, PublicationRecorder recorder, IPublicationEvents events, IOptions<PublicationOptions> options,
    TimeProvider time, ILogger<PublicationRunner> logger) : ILeasedJobWorker
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public string Section => PublicationOptions.Section;

    public bool Enabled => options.Value.Enabled;

    public TimeSpan PollInterval => options.Value.PollInterval;

    /// <summary>One pass; returns how many jobs were published.</summary>
    public Task<int> RunDueAsync(CancellationToken cancellationToken = default) =>
        dbFactory.RunDueAsync<PublicationJob>(j => j.Status == PublicationJobStatus.Pending, time.GetUtcNow(), Lease, options.Value.BatchSize, RunOneAsync, cancellationToken);

    /// <summary>Puts a stopped job back in the queue («Reintentar publicación»); false when there is none to retry.</summary>
    public async Task<bool> RetryAsync(long changeRequestId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        return await db.PublicationJobs
            .Where(j => j.ChangeRequestId == changeRequestId && j.Status != PublicationJobStatus.Published)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, PublicationJobStatus.Pending).SetProperty(j => j.NextAttemptAt, now)
                .SetProperty(j => j.Attempts, 0).SetProperty(j => j.LeaseUntil, (DateTimeOffset?)null)
                // After a conflict a person looked and chose to go on: the file as it is now is the one superseded
                // (it is kept, in Obsoletos/), so its tag is no longer checked. Done steps stay done.
                .SetProperty(j => j.BaseTag, j => j.Status == PublicationJobStatus.Conflict && (j.Steps & PublicationSteps.Archived) == 0 ? null : j.BaseTag)
                .SetProperty(j => j.Steps, j => j.Status == PublicationJobStatus.Conflict ? j.Steps & ~PublicationSteps.Checked : j.Steps), cancellationToken) == 1;
    }

    private async Task<bool> RunOneAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var job = await db.PublicationJobs.SingleAsync(j => j.ChangeRequestId == id, cancellationToken);
        var run = new PublicationRun(job);
        try
        {
            await steps.RunAsync(db, run, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await recorder.StoreAsync(db, run, cancellationToken);
            job.Status = PublicationJobStatus.Published;
            job.PublishedAt = time.GetUtcNow();
            job.LastError = null;
            job.LeaseUntil = null;
            await events.OnPublishedAsync(db, job, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Change request {Id} published: {Code} {From} -> {To}", id, job.DocumentCode, job.FromVersion, job.ToVersion);
            return true;
        }
        catch (PublicationException e) when (!cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            await StopAsync(id, e is PublicationConflictException ? PublicationJobStatus.Conflict : PublicationJobStatus.Failed, e.Message, cancellationToken);
            logger.LogWarning("Publication of change request {Id} stopped: {Error}", id, e.Message);
            return false;
        }
        catch (Exception e) when (IsTransient(e) && !cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            await using var retry = await dbFactory.CreateDbContextAsync(cancellationToken);
            var again = await retry.PublicationJobs.SingleAsync(j => j.ChangeRequestId == id, cancellationToken);
            var backoff = again.PutOff(time.GetUtcNow(), options.Value.MaxBackoff,
                attempt => $"La biblioteca no respondió (intento {attempt}); se reintentará sola. Detalle: {e.GetType().Name}: {e.Message}");
            await retry.SaveChangesAsync(cancellationToken);
            logger.LogWarning("Publication of change request {Id} failed (attempt {Attempts}), retrying in {Backoff}: {Error}", id, again.Attempts, backoff, e.Message);
            return false;
        }
    }

    private async Task StopAsync(long id, PublicationJobStatus status, string message, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var job = await db.PublicationJobs.SingleAsync(j => j.ChangeRequestId == id, cancellationToken);
        job.Status = status;
        job.LastError = LeasedJobs.Cap(message);
        job.LeaseUntil = null;
        job.Attempts++;
        await events.OnStoppedAsync(db, job, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static bool IsTransient(Exception e) =>
        e is HttpRequestException or TaskCanceledException or IOException or TimeoutException or Microsoft.Kiota.Abstractions.ApiException or DbUpdateException;

    internal static bool NeedsDraft(ChangeKind kind) => kind != ChangeKind.Remove;
}
