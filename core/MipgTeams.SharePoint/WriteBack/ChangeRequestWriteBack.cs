using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MipgTeams.Store.ChangeRequests;

namespace MipgTeams.SharePoint.WriteBack;

/// <summary>
/// Pushes due write-back jobs: each is leased (an atomic conditional update, so two instances never push the same one),
/// the request's current state is created or patched in the list, and the version pushed is recorded. When SharePoint
/// is unreachable the job is rescheduled with exponential backoff (capped, never given up), so nothing is lost.
/// </summary>
public sealed class ChangeRequestWriteBack(
    IDbContextFactory<MipgDbContext> dbFactory, IChangeRequestList list, IOptions<WriteBackOptions> options, TimeProvider time, ILogger<ChangeRequestWriteBack> logger)
    : ILeasedJobWorker
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public string Section => WriteBackOptions.Section;

    public bool Enabled => options.Value.Enabled;

    public TimeSpan PollInterval => options.Value.PollInterval;

    /// <summary>One pass; returns how many requests were mirrored.</summary>
    public Task<int> PushDueAsync(CancellationToken cancellationToken = default) =>
        options.Value.Enabled
            ? dbFactory.RunDueAsync<WriteBackJob>(j => j.WantedVersion > j.PushedVersion, time.GetUtcNow(), Lease, options.Value.BatchSize, PushOneAsync, cancellationToken)
            : Task.FromResult(0);

    Task<int> ILeasedJobWorker.RunDueAsync(CancellationToken cancellationToken) => PushDueAsync(cancellationToken);

    private async Task<bool> PushOneAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var job = await db.WriteBackJobs.SingleAsync(j => j.ChangeRequestId == id, cancellationToken);
        var request = await db.ChangeRequests.AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == id, cancellationToken);
        var fields = ChangeRequestListFields.For(request);
        var ok = false;
        try
        {
            if (job.ListItemId is null || !await list.UpdateAsync(job.ListItemId, fields, cancellationToken))
            {
                job.ListItemId = await list.CreateAsync(fields, cancellationToken);
            }
            // A transition after the read above raised WantedVersion; the job stays due for it.
            job.PushedVersion = request.Version;
            job.Attempts = 0;
            job.LastError = null;
            ok = true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Microsoft.Kiota.Abstractions.ApiException or InvalidOperationException
            && !cancellationToken.IsCancellationRequested)
        {
            var backoff = job.PutOff(time.GetUtcNow(), options.Value.MaxBackoff, _ => $"{e.GetType().Name}: {e.Message}");
            logger.LogWarning("Write-back of change request {Id} failed (attempt {Attempts}), retrying in {Backoff}: {Error}", id, job.Attempts, backoff, job.LastError);
        }
        job.LeaseUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        return ok;
    }
}
