using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Store;

namespace MipgTeams.Indicators.Queries;

/// <summary>
/// Events of the period counted in SQL by quarter and type. In progress at the end of each quarter follows from what was
/// open at the start of the period plus the quarter's submissions minus its publications and cancellations (each request
/// is submitted once and closes at most once), so it needs two more counts and no per-request history: the submissions
/// and closings before the period, or, when the history after the period is the shorter (the current year), the
/// requests open now minus the submissions since the period's start plus the closings since then.
/// </summary>
internal static class RequestCountsQuery
{
    private static readonly ChangeRequestEventType[] Counted =
        [ChangeRequestEventType.Submitted, ChangeRequestEventType.ValidatedByQuality, ChangeRequestEventType.Rejected, ChangeRequestEventType.Cancelled];

    public static async Task<IReadOnlyList<RequestCounts>> RunAsync(MipgDbContext db, IndicatorFilter filter, CancellationToken cancellationToken)
    {
        var b = PeriodBounds.Of(filter);
        var codes = await Scope.ProcessCodesAsync(db, filter, cancellationToken);
        var events = Scope.Events(db, codes);
        // One range of the (kind, date) index per kind counted: a fifth of the period's events or less each, which
        // PostgreSQL reads from the index, where all four kinds at once look to it like a case for a whole-table scan.
        var counts = new List<ByQuarter<ChangeRequestEventType>>();
        foreach (var type in Counted)
        {
            counts.AddRange(await events
                .Where(e => e.Type == type && e.At >= b.Start && e.At < b.End)
                .GroupBy(e => e.Type).CountByQuarter(b)
                .ToListAsync(cancellationToken));
        }
        int Count(int quarter, ChangeRequestEventType type) => counts.Where(c => c.Key == type).Sum(c => c.In(quarter));
        int InPeriod(ChangeRequestEventType type) => filter.Quarters.Sum(q => Count(q, type));

        var open = await OpenAtStartAsync(db, codes, events, b, InPeriod(ChangeRequestEventType.Submitted),
            InPeriod(ChangeRequestEventType.ValidatedByQuality) + InPeriod(ChangeRequestEventType.Cancelled), cancellationToken);
        var result = new List<RequestCounts>();
        foreach (var quarter in filter.Quarters)
        {
            var submitted = Count(quarter, ChangeRequestEventType.Submitted);
            var published = Count(quarter, ChangeRequestEventType.ValidatedByQuality);
            var cancelled = Count(quarter, ChangeRequestEventType.Cancelled);
            open += submitted - published - cancelled;
            result.Add(new RequestCounts(filter.Year, quarter, submitted, published, Count(quarter, ChangeRequestEventType.Rejected), cancelled, open));
        }
        return result;
    }

    private static async Task<int> OpenAtStartAsync(
        MipgDbContext db, IReadOnlyList<string>? codes, IQueryable<ChangeRequestEvent> events, PeriodBounds b,
        int submittedInPeriod, int closedInPeriod, CancellationToken cancellationToken)
    {
        var all = db.ChangeRequestEvents.AsNoTracking();
        var first = await all.OrderBy(e => e.At).Select(e => (DateTimeOffset?)e.At).FirstOrDefaultAsync(cancellationToken);
        var last = await all.OrderByDescending(e => e.At).Select(e => (DateTimeOffset?)e.At).FirstOrDefaultAsync(cancellationToken);
        if (first is null || last is null)
        {
            return 0;
        }
        if (b.Start - first.Value <= last.Value - b.End)
        {
            var submittedBefore = await events.CountAsync(e => e.Type == ChangeRequestEventType.Submitted && e.At < b.Start, cancellationToken);
            var closedBefore = await events.CountAsync(
                e => (e.Type == ChangeRequestEventType.ValidatedByQuality || e.Type == ChangeRequestEventType.Cancelled) && e.At < b.Start, cancellationToken);
            return submittedBefore - closedBefore;
        }
        var requests = db.ChangeRequests.AsNoTracking();
        if (codes is not null)
        {
            requests = requests.Where(r => codes.Contains(r.ProcessCode));
        }
        var openNow = await requests.CountAsync(
            r => r.Status == ChangeRequestStatus.PendingLeader || r.Status == ChangeRequestStatus.PendingQuality || r.Status == ChangeRequestStatus.Returned,
            cancellationToken);
        var submittedAfter = await events.CountAsync(e => e.Type == ChangeRequestEventType.Submitted && e.At >= b.End, cancellationToken);
        var closedAfter = await events.CountAsync(
            e => (e.Type == ChangeRequestEventType.ValidatedByQuality || e.Type == ChangeRequestEventType.Cancelled) && e.At >= b.End, cancellationToken);
        return openNow - submittedInPeriod - submittedAfter + closedInPeriod + closedAfter;
    }
}
