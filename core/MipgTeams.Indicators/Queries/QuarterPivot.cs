using MipgTeams.Domain.ChangeRequests;

namespace MipgTeams.Indicators.Queries;

/// <summary>A group's events counted per quarter of the period's year.</summary>
internal sealed record ByQuarter<TKey>(TKey Key, int Q1, int Q2, int Q3, int Q4)
{
    public int In(int quarter) => quarter switch { 1 => Q1, 2 => Q2, 3 => Q3, _ => Q4 };
}

/// <summary>
/// Counts per quarter as four conditional counts of one group rather than a quarter column in the GROUP BY: the groups'
/// keys stay the few columns that vary (a kind, a number of days), which SQLite groups much faster than a CASE and text.
/// </summary>
internal static class QuarterPivot
{
    public static IQueryable<ByQuarter<TKey>> CountByQuarter<TKey>(this IQueryable<IGrouping<TKey, ChangeRequestEvent>> groups, PeriodBounds b) =>
        groups.Select(g => new ByQuarter<TKey>(
            g.Key,
            g.Count(e => e.At < b.Q2),
            g.Count(e => e.At >= b.Q2 && e.At < b.Q3),
            g.Count(e => e.At >= b.Q3 && e.At < b.Q4),
            g.Count(e => e.At >= b.Q4)));
}
