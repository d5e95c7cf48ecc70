using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Reminders;
using MipgTeams.Domain.Time;
using MipgTeams.Store;

namespace MipgTeams.Indicators.Queries;

/// <summary>
/// Cycle times in business days. SQL selects, for every decision of the period (a leader's approval or rejection, a
/// validation or a quality rejection), only the instant the step started (the request's previous event, by version)
/// and the instant it ended: two integers per decision, no request rows. Business days are counted here over that
/// bounded set, since the Colombian calendar (moving holidays) is code, not a table; <see cref="BusinessCalendar"/>
/// counts in constant time per pair. Total time is submission to publication, of the requests published in the period.
/// </summary>
internal static class CycleTimeQuery
{
    public static async Task<IReadOnlyList<CycleTimeStats>> RunAsync(MipgDbContext db, IndicatorFilter filter, ReminderSettings settings, CancellationToken cancellationToken)
    {
        var b = PeriodBounds.Of(filter);
        var decisions = Scope.Events(db, filter)
            .Where(e => e.At >= b.Start && e.At < b.End
                && (e.Type == ChangeRequestEventType.ApprovedByLeader || e.Type == ChangeRequestEventType.ValidatedByQuality || e.Type == ChangeRequestEventType.Rejected));
        var stretches = await (
                from e in decisions
                join s in db.ChangeRequestEvents on new { e.ChangeRequestId, Version = e.Version - 1 } equals new { s.ChangeRequestId, s.Version }
                join r in db.ChangeRequests on e.ChangeRequestId equals r.Id
                select new { e.FromStatus, Started = s.At, Ended = e.At, e.Type, Submitted = r.CreatedAt })
            .ToListAsync(cancellationToken);

        var samples = new List<(CycleStep Step, int Quarter, int Days)>(stretches.Count * 3 / 2);
        foreach (var s in stretches)
        {
            var quarter = QuarterBounds.Of(s.Ended);
            var step = s.FromStatus == ChangeRequestStatus.PendingQuality ? CycleStep.Quality : CycleStep.Leader;
            samples.Add((step, quarter, Days(s.Started, s.Ended)));
            if (s.Type == ChangeRequestEventType.ValidatedByQuality)
            {
                samples.Add((CycleStep.Total, quarter, Days(s.Submitted, s.Ended)));
            }
        }

        var result = new List<CycleTimeStats>();
        foreach (var step in Enum.GetValues<CycleStep>())
        {
            var deadline = DeadlineOf(step, settings);
            foreach (var quarter in filter.Quarters)
            {
                result.Add(Stats(step, filter.Year, quarter, deadline, samples.Where(x => x.Step == step && x.Quarter == quarter).Select(x => x.Days)));
            }
            if (filter.Quarters.Count > 1)
            {
                result.Add(Stats(step, filter.Year, null, deadline, samples.Where(x => x.Step == step).Select(x => x.Days)));
            }
        }
        return result;
    }

    public static int DeadlineOf(CycleStep step, ReminderSettings settings) => step switch
    {
        CycleStep.Leader => settings.LeaderDeadlineDays,
        CycleStep.Quality => settings.QualityDeadlineDays,
        _ => settings.LeaderDeadlineDays + settings.QualityDeadlineDays,
    };

    /// <summary>Business days after the start's Bogotá date up to the end's: same day is 0, Friday to Monday is 1.</summary>
    public static int Days(DateTimeOffset started, DateTimeOffset ended) =>
        BusinessCalendar.BusinessDaysBetween(BogotaTime.DateOf(started), BogotaTime.DateOf(ended));

    private static CycleTimeStats Stats(CycleStep step, int year, int? quarter, int deadline, IEnumerable<int> days)
    {
        var sorted = days.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new CycleTimeStats(step, year, quarter, 0, 0, 0, 0, deadline, 0);
        }
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        return new CycleTimeStats(step, year, quarter, sorted.Length, Math.Round(sorted.Average(), 1), median, sorted[^1], deadline,
            sorted.Count(d => d <= deadline));
    }
}
