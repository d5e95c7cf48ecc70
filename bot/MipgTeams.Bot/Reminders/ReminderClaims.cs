using Microsoft.Extensions.Options;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;
using MipgTeams.Store.Reminders;

namespace MipgTeams.Bot.Reminders;

/// <summary>
/// Exactly one digest per person and business day, with any number of instances and restarts. The day's people are
/// inserted once (unique on person and date; a second insert is ignored). Work is then claimed (how, per provider, is the
/// store's business: <see cref="ReminderClaimStore"/>). A claim carries a lease: an instance that dies after claiming
/// leaves rows that another re-plans once the lease ends. Completing a claim marks it sent only if this instance still
/// owns it, in the same transaction as the outbox rows, whose unique keys are the last guard.
/// </summary>
public sealed class ReminderClaims(IDbContextFactory<MipgDbContext> dbFactory, IOptions<ReminderOptions> options, TimeProvider time)
{
    /// <summary>This instance's name in claims and leases.</summary>
    public string Instance { get; init; } = $"{LogSafe.Value(Environment.MachineName, 40)}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Makes sure every one of <paramref name="people"/> has a claim row for <paramref name="date"/> (existing rows are left alone).</summary>
    public async Task EnsureAsync(DateOnly date, IReadOnlyCollection<string> people, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.EnsureReminderClaimsAsync(date, people, cancellationToken);
    }

    /// <summary>Takes up to <paramref name="max"/> people still to remind on <paramref name="date"/>; empty when none is left for this instance.</summary>
    public async Task<IReadOnlyList<ReminderClaim>> ClaimAsync(DateOnly date, int max, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        return await db.ClaimRemindersAsync(date, max, Instance, now, now + options.Value.Lease, cancellationToken);
    }

    /// <summary>
    /// In one transaction: marks <paramref name="claim"/> sent if this instance still owns it, and lets
    /// <paramref name="enqueue"/> add the outbox rows. False (and nothing written) when the claim was lost.
    /// </summary>
    public async Task<bool> CompleteAsync(ReminderClaim claim, Func<MipgDbContext, Task> enqueue, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CompleteReminderClaimAsync(claim.Id, Instance, time.GetUtcNow(), enqueue, cancellationToken);
    }

    /// <summary>Lets go of the day's claims when this instance is done with it.</summary>
    public async Task ReleaseAsync(DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.ReleaseReminderClaimsAsync(date, Instance, time.GetUtcNow(), cancellationToken);
    }
}
