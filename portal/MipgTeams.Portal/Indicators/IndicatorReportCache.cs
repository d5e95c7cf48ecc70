using Microsoft.Extensions.Caching.Memory;
using MipgTeams.Indicators;

namespace MipgTeams.Portal.Indicators;

/// <summary>
/// The report of each filter, kept for <see cref="Lifetime"/>: on a large store the aggregates over the audit events
/// take seconds, while the figures are quarterly and the page says when they were computed. The page, the Excel file
/// and the feeds of one filter then agree, and a burst of views (a committee meeting) computes once: concurrent
/// requests for the same filter share one computation. At most <see cref="Entries"/> filters are kept.
/// </summary>
public sealed class IndicatorReportCache(IndicatorQueries queries, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public const int Entries = 200;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Entries, Clock = new Clock(time) });

    public int CurrentYear => queries.CurrentYear;

    public Task<IndicatorReport> LoadAsync(IndicatorFilter filter, CancellationToken cancellationToken)
    {
        var entry = cache.GetOrCreate(filter, e =>
        {
            e.AbsoluteExpirationRelativeToNow = Lifetime;
            e.Size = 1;
            // Not the request's token: the computation is shared, and one visitor leaving must not cancel it for the others.
            return new Lazy<Task<IndicatorReport>>(() => queries.LoadAsync(filter, CancellationToken.None));
        })!;
        var task = entry.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            cache.Remove(filter);
        }
        return task.WaitAsync(cancellationToken);
    }

    public void Dispose() => cache.Dispose();

    /// <summary>The cache's clock is the host's TimeProvider, so expiry follows the same time as everything else.</summary>
    private sealed class Clock(TimeProvider time) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
