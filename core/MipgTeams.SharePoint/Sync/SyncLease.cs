using Microsoft.EntityFrameworkCore;
using MipgTeams.Store.Leases;

namespace MipgTeams.SharePoint.Sync;

/// <summary>
/// One sync at a time per store: the named lease "sync", held by one run (owner "host:pid:run"). Renewed inside every
/// page's transaction, so a run that lost it (paused past it, and another took over) cannot commit another page, and
/// between pages every third of its length, so a slow page does not let it lapse. The run's row mirrors the lease's
/// end, which is how a «Running» row of a dead process is told from a live one.
/// </summary>
internal sealed class SyncLease(IDbContextFactory<MipgDbContext> dbFactory, TimeProvider time, TimeSpan length, string owner)
{
    public const string Name = "sync";

    public string Owner => owner;

    public DateTimeOffset Until { get; private set; }

    public async Task<bool> TryTakeAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        Until = now + length;
        return await db.TryTakeAsync(Name, owner, now, Until, cancellationToken);
    }

    /// <summary>Extends the lease in <paramref name="db"/>'s transaction; throws when another run holds it now.</summary>
    public async Task FenceAsync(MipgDbContext db, long runId, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + length;
        if (!await db.TryRenewAsync(Name, owner, until, cancellationToken))
        {
            throw new SyncLeaseLostException();
        }
        Until = until;
        await db.SyncRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, until), cancellationToken);
    }

    /// <summary>Renews every third of the lease until <paramref name="cancellationToken"/>; cancels <paramref name="lost"/> if it cannot.</summary>
    public async Task KeepAsync(long runId, CancellationTokenSource lost, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(length / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                await FenceAsync(db, runId, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // the run ended
        }
        catch (Exception)
        {
            await lost.CancelAsync(); // lost or unreachable: stop before committing anything more
        }
    }

    public async Task ReleaseAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        await db.ReleaseAsync(Name, owner, time.GetUtcNow(), CancellationToken.None);
    }
}
