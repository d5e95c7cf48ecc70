namespace MipgTeams.Store.Sync;

/// <summary>
/// The next document change number, for a writer inside its transaction (the sync's page, a publication's result).
/// Each bot instance's index reads changes above its checkpoint, so two writers must never hand out the same number,
/// and a number must not commit after a higher one was read. On PostgreSQL two transactions would both read the same
/// maximum: a transaction-scoped advisory lock makes the second wait until the first commits. SQLite has one writer
/// at a time already (a transaction that read a maximum another one then changed fails and is retried).
/// </summary>
public static class ChangeNumbers
{
    // Any constant both writers agree on; advisory locks are per database.
    private const long LockKey = 0x4D49_5047_4348_4E47; // "MIPGCHNG"

    public static async Task<long> NextAsync(MipgDbContext db, CancellationToken cancellationToken)
    {
        if (db is PostgresMipgDbContext)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [LockKey], cancellationToken);
        }
        return (await db.Documents.MaxAsync(d => (long?)d.ChangeNumber, cancellationToken) ?? 0) + 1;
    }
}
