using Microsoft.Extensions.Options;
using MipgTeams.Store;
using MipgTeams.Store.Leases;

namespace MipgTeams.Bot.Outbox;

/// <summary>
/// The right to send, held by one instance at a time in the store (named lease "outbox-sender"), because Teams' limits
/// are for the app, not per instance. Taken when free, renewed once a third of it has passed (so it cannot lapse while
/// its holder runs), released on a clean stop; a holder that dies stops renewing and another instance takes over once it
/// lapses. Not thread-safe: one sender pass at a time uses it.
/// </summary>
internal sealed class SenderLease(string owner, IOptions<OutboxOptions> options, TimeProvider time)
{
    public const string Name = "outbox-sender";

    private DateTimeOffset? renewedAt;

    /// <summary>Whether this instance may send now, and whether it has just become the one that does.</summary>
    public async Task<SenderLeaseHold> HoldAsync(MipgDbContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lease = options.Value.SenderLease;
        if (renewedAt is { } at && now - at < lease / 3)
        {
            return SenderLeaseHold.Kept;
        }
        // Renewing succeeds only if nobody took the lease in between, so a holder that was paused past its lease and
        // replaced cannot carry on as if nothing happened: it starts again as a newcomer.
        if (renewedAt is not null && await db.TryRenewAsync(Name, owner, now + lease, cancellationToken))
        {
            renewedAt = now;
            return SenderLeaseHold.Kept;
        }
        var held = renewedAt is not null;
        renewedAt = null;
        if (await db.TryTakeAsync(Name, owner, now, now + lease, cancellationToken))
        {
            renewedAt = now;
            return SenderLeaseHold.Taken;
        }
        return held ? SenderLeaseHold.Lost : SenderLeaseHold.Elsewhere;
    }

    /// <summary>Gives the lease up at once if this instance holds it.</summary>
    public async Task ReleaseAsync(MipgDbContext db, CancellationToken cancellationToken)
    {
        if (renewedAt is null)
        {
            return;
        }
        renewedAt = null;
        await db.ReleaseAsync(Name, owner, time.GetUtcNow(), cancellationToken);
    }
}
