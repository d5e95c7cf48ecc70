using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Reminders;
using MipgTeams.Store;
using MipgTeams.Store.ChangeRequests;

namespace MipgTeams.Indicators.Queries;

/// <summary>
/// Cycle times in business days. Every decision of the period (a leader's approval or rejection, a validation or a
/// quality rejection) carries the business days of the step it ends and, for a validation, since the first submission
/// (<see cref="EventFacts"/>, counted with the Colombian calendar when the event was stored). SQL counts the decisions
/// by step and days, per quarter, a few hundred numbers; count, average, median, maximum and the share within the
/// deadline follow from those histograms. Total time is submission to publication, of the requests published in the period.
/// </summary>
internal static class CycleTimeQuery
{
    public static async Task<IReadOnlyList<CycleTimeStats>> RunAsync(MipgDbContext db, IndicatorFilter filter, ReminderSettings settings, CancellationToken cancellationToken)
    {
        var b = PeriodBounds.Of(filter);
        var period = Scope.Events(db, await Scope.ProcessCodesAsync(db, filter, cancellationToken)).Where(e => e.At >= b.Start && e.At < b.End);
        // One query per kind of decision, each grouped only on what varies for it (integers, but for a rejection's step).
        var approvals = await period.Where(e => e.Type == ChangeRequestEventType.ApprovedByLeader)
            .GroupBy(e => EF.Property<int?>(e, EventFacts.StepBusinessDays)).CountByQuarter(b).ToListAsync(cancellationToken);
        var validations = await period.Where(e => e.Type == ChangeRequestEventType.ValidatedByQuality)
            .GroupBy(e => new { Step = EF.Property<int?>(e, EventFacts.StepBusinessDays), Total = EF.Property<int?>(e, EventFacts.TotalBusinessDays) })
            .CountByQuarter(b).ToListAsync(cancellationToken);
        var rejections = await period.Where(e => e.Type == ChangeRequestEventType.Rejected)
            .GroupBy(e => new { e.FromStatus, Step = EF.Property<int?>(e, EventFacts.StepBusinessDays) }).CountByQuarter(b).ToListAsync(cancellationToken);

        var samples = new List<(CycleStep Step, int Quarter, int Days, int Count)>();
        foreach (var quarter in filter.Quarters)
        {
            samples.AddRange(approvals.Select(x => (CycleStep.Leader, quarter, x.Key ?? 0, x.In(quarter))));
            samples.AddRange(validations.Select(x => (CycleStep.Quality, quarter, x.Key.Step ?? 0, x.In(quarter))));
            samples.AddRange(validations.Select(x => (CycleStep.Total, quarter, x.Key.Total ?? 0, x.In(quarter))));
            samples.AddRange(rejections.Select(x => (x.Key.FromStatus == ChangeRequestStatus.PendingQuality ? CycleStep.Quality : CycleStep.Leader, quarter, x.Key.Step ?? 0, x.In(quarter))));
        }
        samples.RemoveAll(x => x.Count == 0);

        var result = new List<CycleTimeStats>();
        foreach (var step in Enum.GetValues<CycleStep>())
        {
            var deadline = DeadlineOf(step, settings);
            foreach (var quarter in filter.Quarters)
            {
                result.Add(Stats(step, filter.Year, quarter, deadline, samples.Where(x => x.Step == step && x.Quarter == quarter).Select(x => (x.Days, x.Count))));
            }
            if (filter.Quarters.Count > 1)
            {
                result.Add(Stats(step, filter.Year, null, deadline, samples.Where(x => x.Step == step).Select(x => (x.Days, x.Count))));
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

    /// <summary>Statistics of a histogram: how many decisions took each number of business days.</summary>
    private static CycleTimeStats Stats(CycleStep step, int year, int? quarter, int deadline, IEnumerable<(int Days, int Count)> histogram)
    {
        var bars = histogram.GroupBy(x => x.Days).Select(g => (Days: g.Key, Count: g.Sum(x => x.Count))).OrderBy(x => x.Days).ToArray();
        var count = bars.Sum(x => x.Count);
        if (count == 0)
        {
            return new CycleTimeStats(step, year, quarter, 0, 0, 0, 0, deadline, 0);
        }
        var median = count % 2 == 1 ? At(bars, count / 2) : (At(bars, (count / 2) - 1) + At(bars, count / 2)) / 2.0;
        var sum = bars.Sum(x => (long)x.Days * x.Count);
        return new CycleTimeStats(step, year, quarter, count, Math.Round((double)sum / count, 1), median, bars[^1].Days, deadline,
            bars.Where(x => x.Days <= deadline).Sum(x => x.Count));
    }

    /// <summary>The days of the decision at <paramref name="index"/> (0-based) in days order.</summary>
    private static int At((int Days, int Count)[] bars, int index)
    {
        foreach (var (days, count) in bars)
        {
            if (index < count)
            {
                return days;
            }
            index -= count;
        }
        throw new ArgumentOutOfRangeException(nameof(index));
    }
}
