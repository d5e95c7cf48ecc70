using MipgTeams.Store.Leases;

namespace MipgTeams.Store.Reminders;

/// <summary>
/// The day's reminder claims (<see cref="ReminderClaim"/>), with the same meaning on every provider. On PostgreSQL work is
/// claimed with <c>FOR UPDATE SKIP LOCKED</c>, so instances share the day without waiting on each other; on SQLite under
/// one named lease per day, so one instance at a time works (SQLite has one writer anyway). The provider checks live here
/// so that features ask by name.
/// </summary>
public static class ReminderClaimStore
{
    private const int InsertBatch = 400;

    /// <summary>Makes sure every one of <paramref name="people"/> has a claim row for <paramref name="date"/> (existing rows are left alone).</summary>
    public static async Task EnsureReminderClaimsAsync(
        this MipgDbContext db, DateOnly date, IEnumerable<string> people, CancellationToken cancellationToken)
    {
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

    /// <summary>
    /// Takes for <paramref name="owner"/>, until <paramref name="until"/>, up to <paramref name="max"/> people still to remind
    /// on <paramref name="date"/>: pending ones, and claimed ones whose lease ended before <paramref name="now"/>. Empty
    /// when none is left for this owner.
    /// </summary>
    public static async Task<IReadOnlyList<ReminderClaim>> ClaimRemindersAsync(
        this MipgDbContext db, DateOnly date, int max, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (db is PostgresMipgDbContext)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rows = await db.ReminderClaims.FromSql($"""
                SELECT * FROM "ReminderClaims"
                WHERE "Date" = {date} AND ("Status" = 'Pending' OR ("Status" = 'Claimed' AND "LeaseUntil" < {now}))
                ORDER BY "Id" LIMIT {max} FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            Claim(rows, owner, until);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return rows;
        }
        if (!await db.TryTakeAsync(LeaseName(date), owner, now, until, cancellationToken))
        {
            return [];
        }
        var free = await db.ReminderClaims
            .Where(c => c.Date == date && (c.Status == ReminderClaimStatus.Pending || (c.Status == ReminderClaimStatus.Claimed && c.LeaseUntil < now)))
            .OrderBy(c => c.Id).Take(max).ToListAsync(cancellationToken);
        Claim(free, owner, until);
        await db.SaveChangesAsync(cancellationToken);
        return free;
    }

    /// <summary>
    /// In one transaction: marks claim <paramref name="claimId"/> sent at <paramref name="now"/> if <paramref name="owner"/>
    /// still owns it, and lets <paramref name="enqueue"/> add the outbox rows. False (and nothing written) when the claim was lost.
    /// </summary>
    public static async Task<bool> CompleteReminderClaimAsync(
        this MipgDbContext db, long claimId, string owner, DateTimeOffset now, Func<MipgDbContext, Task> enqueue, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var taken = await db.ReminderClaims
            .Where(c => c.Id == claimId && c.Status == ReminderClaimStatus.Claimed && c.ClaimedBy == owner)
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

    /// <summary>Lets go of <paramref name="date"/>'s claims lease when <paramref name="owner"/> is done with the day (SQLite only; PostgreSQL has none).</summary>
    public static async Task ReleaseReminderClaimsAsync(
        this MipgDbContext db, DateOnly date, string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (db is PostgresMipgDbContext)
        {
            return;
        }
        await db.ReleaseAsync(LeaseName(date), owner, now, cancellationToken);
    }

    private static void Claim(IEnumerable<ReminderClaim> rows, string owner, DateTimeOffset until)
    {
        foreach (var row in rows)
        {
            row.Status = ReminderClaimStatus.Claimed;
            row.ClaimedBy = owner;
            row.LeaseUntil = until;
        }
    }

    private static string LeaseName(DateOnly date) => $"reminders:{date:yyyy-MM-dd}";
}
