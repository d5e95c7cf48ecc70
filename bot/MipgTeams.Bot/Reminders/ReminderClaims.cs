using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;
using MipgTeams.Store.Leases;
using MipgTeams.Store.Reminders;

namespace MipgTeams.Bot.Reminders;

/// <summary>
/// Exactly one digest per person and business day, with any number of instances and restarts. The day's people are
/// inserted once (unique on person and date; a second insert is ignored). Work is then claimed: on PostgreSQL with
/// <c>FOR UPDATE SKIP LOCKED</c>, so instances share the day without waiting on each other; on SQLite under one named
/// lease, so one instance at a time works (SQLite has one writer anyway). A claim carries a lease: an instance that dies
/// after claiming leaves rows that another re-plans once the lease ends. Completing a claim marks it sent only if this
/// instance still owns it, in the same transaction as the outbox rows, whose unique keys are the last guard.
/// </summary>
public sealed class ReminderClaims(IDbContextFactory<MipgDbContext> dbFactory, IOptions<ReminderOptions> options, TimeProvider time)
{
    private const int InsertBatch = 400;

    /// <summary>This instance's name in claims and leases.</summary>
    public string Instance { get; init; } = $"{LogSafe.Value(Environment.MachineName, 40)}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Makes sure every one of <paramref name="people"/> has a claim row for <paramref name="date"/> (existing rows are left alone).</summary>
    public async Task EnsureAsync(DateOnly date, IReadOnlyCollection<string> people, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in people.Select(p => p.ToLowerInvariant()).Distinct().Chunk(InsertBatch))
        {
            // INSERT ... ON CONFLICT DO NOTHING reads the same on PostgreSQL and SQLite (3.24+): racing instances both succeed.
            var values = string.Join(", ", chunk.Select((_, i) => $"({{{(2 * i) + 1}}}, {{0}}, 'Pending')"));
            var parameters = new object[(2 * chunk.Length) + 1];
            parameters[0] = date;
            for (var i = 0; i < chunk.Length; i++)
            {
                parameters[(2 * i) + 1] = chunk[i];
            }
#pragma warning disable EF1002 // the SQL text holds only placeholders; every value is a parameter
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO \"ReminderClaims\" (\"PersonObjectId\", \"Date\", \"Status\") VALUES {values} ON CONFLICT DO NOTHING", parameters, cancellationToken);
#pragma warning restore EF1002
        }
    }

    /// <summary>Takes up to <paramref name="max"/> people still to remind on <paramref name="date"/>; empty when none is left for this instance.</summary>
    public async Task<IReadOnlyList<ReminderClaim>> ClaimAsync(DateOnly date, int max, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var until = now + options.Value.Lease;
        if (db is PostgresMipgDbContext)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rows = await db.ReminderClaims.FromSql($"""
                SELECT * FROM "ReminderClaims"
                WHERE "Date" = {date} AND ("Status" = 'Pending' OR ("Status" = 'Claimed' AND "LeaseUntil" < {now}))
                ORDER BY "Id" LIMIT {max} FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                row.Status = ReminderClaimStatus.Claimed;
                row.ClaimedBy = Instance;
                row.LeaseUntil = until;
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return rows;
        }
        if (!await db.TryTakeAsync(LeaseName(date), Instance, now, until, cancellationToken))
        {
            return [];
        }
        var free = await db.ReminderClaims
            .Where(c => c.Date == date && (c.Status == ReminderClaimStatus.Pending || (c.Status == ReminderClaimStatus.Claimed && c.LeaseUntil < now)))
            .OrderBy(c => c.Id).Take(max).ToListAsync(cancellationToken);
        foreach (var row in free)
        {
            row.Status = ReminderClaimStatus.Claimed;
            row.ClaimedBy = Instance;
            row.LeaseUntil = until;
        }
        await db.SaveChangesAsync(cancellationToken);
        return free;
    }

    /// <summary>
    /// In one transaction: marks <paramref name="claim"/> sent if this instance still owns it, and lets
    /// <paramref name="enqueue"/> add the outbox rows. False (and nothing written) when the claim was lost.
    /// </summary>
    public async Task<bool> CompleteAsync(ReminderClaim claim, Func<MipgDbContext, Task> enqueue, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var owner = Instance;
        var taken = await db.ReminderClaims
            .Where(c => c.Id == claim.Id && c.Status == ReminderClaimStatus.Claimed && c.ClaimedBy == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ReminderClaimStatus.Sent).SetProperty(c => c.SentAt, now), cancellationToken);
        if (taken != 1)
        {
            return false;
        }
        await enqueue(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Lets go of the SQLite lease when this instance is done with the day.</summary>
    public async Task ReleaseAsync(DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (db is PostgresMipgDbContext)
        {
            return;
        }
        await db.ReleaseAsync(LeaseName(date), Instance, time.GetUtcNow(), cancellationToken);
    }

    private static string LeaseName(DateOnly date) => $"reminders:{date:yyyy-MM-dd}";
}
