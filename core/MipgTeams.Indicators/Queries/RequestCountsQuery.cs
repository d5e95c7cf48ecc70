using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Store;

namespace MipgTeams.Indicators.Queries;

/// <summary>
/// Events of the period counted in SQL by quarter and type. In progress at the end of each quarter follows from what was
/// open at the start of the period plus the quarter's submissions minus its publications and cancellations (each request
/// closes at most once), so it needs two more counts and no per-request history.
/// </summary>
internal static class RequestCountsQuery
{
    public static async Task<IReadOnlyList<RequestCounts>> RunAsync(MipgDbContext db, IndicatorFilter filter, CancellationToken cancellationToken)
    {
        var b = PeriodBounds.Of(filter);
        var events = Scope.Events(db, await Scope.ProcessCodesAsync(db, filter, cancellationToken));
        // Only the four kinds counted, so the scan is four ranges of the (kind, date) index rather than every event.
        var counts = await events
            .Where(e => e.Type == ChangeRequestEventType.Submitted || e.Type == ChangeRequestEventType.ValidatedByQuality
                || e.Type == ChangeRequestEventType.Rejected || e.Type == ChangeRequestEventType.Cancelled)
            .Where(e => e.At >= b.Start && e.At < b.End)
            .GroupBy(e => new { Quarter = e.At < b.Q2 ? 1 : e.At < b.Q3 ? 2 : e.At < b.Q4 ? 3 : 4, e.Type })
            .Select(g => new { g.Key.Quarter, g.Key.Type, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var submittedBefore = await events.CountAsync(e => e.Type == ChangeRequestEventType.Submitted && e.At < b.Start, cancellationToken);
        var closedBefore = await events.CountAsync(
            e => (e.Type == ChangeRequestEventType.ValidatedByQuality || e.Type == ChangeRequestEventType.Cancelled) && e.At < b.Start, cancellationToken);

        var open = submittedBefore - closedBefore;
        var result = new List<RequestCounts>();
        foreach (var quarter in filter.Quarters)
        {
            int Count(ChangeRequestEventType type) => counts.Where(c => c.Quarter == quarter && c.Type == type).Sum(c => c.Count);
            var submitted = Count(ChangeRequestEventType.Submitted);
            var published = Count(ChangeRequestEventType.ValidatedByQuality);
            var cancelled = Count(ChangeRequestEventType.Cancelled);
            open += submitted - published - cancelled;
            result.Add(new RequestCounts(filter.Year, quarter, submitted, published, Count(ChangeRequestEventType.Rejected), cancelled, open));
        }
        return result;
    }
}
