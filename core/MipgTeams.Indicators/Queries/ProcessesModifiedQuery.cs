using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Store;
using MipgTeams.Store.ChangeRequests;

namespace MipgTeams.Indicators.Queries;

/// <summary>
/// Published changes (validation events in the period) counted in SQL by kind and process, per quarter, in one pass over
/// the validations' index: each validation carries its request's kind and process (<see cref="EventFacts"/>, final at
/// validation), so nothing is joined. The few hundred groups are then summed by quarter and kind, counted as distinct
/// processes, and summed by macroprocess through the Procesos list.
/// </summary>
internal static class ProcessesModifiedQuery
{
    public static async Task<ProcessesModified> RunAsync(MipgDbContext db, IndicatorFilter filter, CancellationToken cancellationToken)
    {
        var b = PeriodBounds.Of(filter);
        var codes = await Scope.ProcessCodesAsync(db, filter, cancellationToken);
        var groups = await Scope.Events(db, codes)
            .Where(e => e.Type == ChangeRequestEventType.ValidatedByQuality && e.At >= b.Start && e.At < b.End)
            .GroupBy(e => new { Kind = EF.Property<ChangeKind?>(e, EventFacts.Kind), ProcessCode = EF.Property<string?>(e, EventFacts.ProcessCode) })
            .CountByQuarter(b)
            .ToListAsync(cancellationToken);
        var macroOf = await db.Processes.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.MacroprocessCode, StringComparer.Ordinal, cancellationToken);
        var macroNames = await db.Macroprocesses.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Name, cancellationToken);

        var quarters = filter.Quarters.Select(q => new ProcessesModifiedQuarter(
            filter.Year, q,
            groups.Aggregate(KindCounts.None, (counts, x) => counts.Add(x.Key.Kind!.Value, x.In(q))),
            groups.Where(x => x.In(q) > 0).Select(x => x.Key.ProcessCode).Distinct(StringComparer.Ordinal).Count())).ToList();
        var macroprocesses = groups.GroupBy(x => x.Key.ProcessCode is not null && macroOf.TryGetValue(x.Key.ProcessCode, out var macro) ? macro : null)
            .Select(g => new ProcessesModifiedMacroprocess(
                g.Key,
                g.Key is null ? "Proceso fuera de la lista de procesos" : macroNames.GetValueOrDefault(g.Key, g.Key),
                g.Aggregate(KindCounts.None, (counts, x) => counts.Add(x.Key.Kind!.Value, filter.Quarters.Sum(x.In)))))
            .OrderByDescending(m => m.Changes.Total).ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        return new ProcessesModified(quarters, macroprocesses);
    }
}
