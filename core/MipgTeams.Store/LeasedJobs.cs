using System.Linq.Expressions;

namespace MipgTeams.Store;

/// <summary>The queue discipline the publication and write-back workers share over their <see cref="ILeasedJob"/> rows.</summary>
public static class LeasedJobs
{
    /// <summary>The length of the LastError columns.</summary>
    public const int MaxErrorLength = 1000;

    /// <summary>
    /// One pass: takes up to <paramref name="batchSize"/> jobs that are <paramref name="pending"/>, due at
    /// <paramref name="now"/> and not leased, oldest first; leases each in turn (a conditional update, so two instances never
    /// run the same job) and runs it with <paramref name="runOne"/>. Returns how many runs succeeded.
    /// </summary>
    public static async Task<int> RunDueAsync<TJob>(
        this IDbContextFactory<MipgDbContext> dbFactory, Expression<Func<TJob, bool>> pending, DateTimeOffset now, TimeSpan lease, int batchSize,
        Func<long, CancellationToken, Task<bool>> runOne, CancellationToken cancellationToken)
        where TJob : class, ILeasedJob
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var jobs = db.Set<TJob>();
        var due = await jobs.AsNoTracking().Where(pending)
            .Where(j => j.NextAttemptAt <= now && (j.LeaseUntil == null || j.LeaseUntil < now))
            .OrderBy(j => j.NextAttemptAt).Select(j => j.ChangeRequestId).Take(batchSize).ToListAsync(cancellationToken);
        var succeeded = 0;
        foreach (var id in due)
        {
            var until = now + lease;
            var leased = await jobs.Where(j => j.ChangeRequestId == id && (j.LeaseUntil == null || j.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseUntil, until), cancellationToken);
            if (leased == 1 && await runOne(id, cancellationToken))
            {
                succeeded++;
            }
        }
        return succeeded;
    }

    /// <summary>
    /// Counts a failed attempt, puts the job off by a backoff that doubles with each attempt (10 s, 20 s, 40 s… up to
    /// <paramref name="maxBackoff"/>), records <paramref name="error"/> (given the attempt number) and lets go of the lease.
    /// Returns the backoff.
    /// </summary>
    public static TimeSpan PutOff(this ILeasedJob job, DateTimeOffset now, TimeSpan maxBackoff, Func<int, string> error)
    {
        job.Attempts++;
        var backoff = TimeSpan.FromSeconds(Math.Min(maxBackoff.TotalSeconds, Math.Pow(2, Math.Min(job.Attempts, 20)) * 5));
        job.NextAttemptAt = now + backoff;
        job.LastError = Cap(error(job.Attempts));
        job.LeaseUntil = null;
        return backoff;
    }

    /// <summary><paramref name="text"/> cut to what the LastError columns hold.</summary>
    public static string Cap(string text) => text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
}
