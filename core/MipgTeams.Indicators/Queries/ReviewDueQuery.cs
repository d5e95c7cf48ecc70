using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.Reminders;
using MipgTeams.Store;

namespace MipgTeams.Indicators.Queries;

/// <summary>
/// Current documents by process whose review falls due (approval + PeriodoRevisionMeses) before today (overdue) or in
/// the next <see cref="SoonMonths"/> months, counted in SQL on the approval date (dates compare as ISO text on SQLite).
/// </summary>
internal static class ReviewDueQuery
{
    public const int SoonMonths = 3;

    public static async Task<ReviewDue> RunAsync(MipgDbContext db, IndicatorFilter filter, ReminderSettings settings, DateOnly today, CancellationToken cancellationToken)
    {
        // Due = approved + months; due < today ⇔ approved < today − months (the same month arithmetic as the reminders).
        var overdueBefore = today.AddMonths(-settings.ReviewPeriodMonths);
        var soonBefore = today.AddMonths(SoonMonths - settings.ReviewPeriodMonths);
        var rows = await Scope.Documents(db, filter)
            .Where(d => d.Status == DocumentStatus.Current && !d.IsRemoved && d.ApprovedOn != null && d.ApprovedOn < soonBefore)
            .GroupBy(d => d.ProcessCode)
            .Select(g => new { Process = g.Key, Overdue = g.Count(d => d.ApprovedOn < overdueBefore), DueSoon = g.Count(d => d.ApprovedOn >= overdueBefore) })
            .ToListAsync(cancellationToken);
        var names = await Scope.ProcessNamesAsync(db, cancellationToken);
        var byProcess = rows
            .Select(r => new ReviewDueProcess(r.Process, names.GetValueOrDefault(r.Process, r.Process), r.DueSoon, r.Overdue))
            .OrderByDescending(r => r.Overdue).ThenByDescending(r => r.DueSoon).ThenBy(r => r.ProcessName, StringComparer.Ordinal)
            .ToList();
        return new ReviewDue(today, settings.ReviewPeriodMonths, SoonMonths, byProcess);
    }
}
