using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Time;

namespace MipgTeams.Domain.Reminders;

/// <summary>The quality team's weekly picture: what is pending per step and per process (overdue first), and how long decisions took.</summary>
public sealed record WeeklySummary(
    DateOnly Date,
    IReadOnlyList<WeeklySummary.StepLine> Steps,
    IReadOnlyList<WeeklySummary.ProcessLine> Processes,
    IReadOnlyList<PlannedDecision> Overdue,
    IReadOnlyList<WeeklySummary.DecisionTimes> Durations)
{
    public sealed record StepLine(ChangeRequestStatus Step, int Pending, int Overdue);

    public sealed record ProcessLine(string ProcessCode, int Pending, int Overdue, int OldestAgeDays);

    /// <summary>Decisions made on a step in the period, and their time in business days.</summary>
    public sealed record DecisionTimes(ChangeRequestStatus Step, int Count, double AverageDays, int MaxDays);

    public static WeeklySummary Build(DateOnly date, IReadOnlyList<PlannedDecision> pending, IEnumerable<DecisionTaken> decisions)
    {
        ChangeRequestStatus[] steps = [ChangeRequestStatus.PendingLeader, ChangeRequestStatus.PendingQuality];
        var stepLines = steps.Select(s => new StepLine(s, pending.Count(p => p.Request.Step == s), pending.Count(p => p.Request.Step == s && p.IsOverdue))).ToList();
        var processLines = pending.GroupBy(p => p.Request.ProcessCode, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ProcessLine(g.Key, g.Count(), g.Count(p => p.IsOverdue), g.Max(p => p.AgeDays)))
            .OrderByDescending(l => l.Overdue).ThenByDescending(l => l.OldestAgeDays).ThenBy(l => l.ProcessCode, StringComparer.Ordinal)
            .ToList();
        var overdue = pending.Where(p => p.IsOverdue).OrderByDescending(p => p.AgeDays - p.DeadlineDays).ThenBy(p => p.Request.RequestId).ToList();
        var taken = decisions.ToList();
        var durations = steps.Select(s =>
        {
            var days = taken.Where(d => d.Step == s)
                .Select(d => BusinessCalendar.BusinessDaysBetween(BogotaTime.DateOf(d.EnteredAt), BogotaTime.DateOf(d.DecidedAt))).ToList();
            return new DecisionTimes(s, days.Count, days.Count == 0 ? 0 : days.Average(), days.Count == 0 ? 0 : days.Max());
        }).ToList();
        return new WeeklySummary(date, stepLines, processLines, overdue, durations);
    }
}
