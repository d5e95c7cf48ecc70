using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Store;

namespace MipgTeams.Indicators.Queries;

/// <summary>Published changes (validation events in the period) counted in SQL by quarter and kind, and by macroprocess and kind.</summary>
internal static class ProcessesModifiedQuery
{
    public static async Task<ProcessesModified> RunAsync(MipgDbContext db, IndicatorFilter filter, CancellationToken cancellationToken)
    {
        var b = PeriodBounds.Of(filter);
        var published =
            from e in db.ChangeRequestEvents.AsNoTracking()
            where e.Type == ChangeRequestEventType.ValidatedByQuality && e.At >= b.Start && e.At < b.End
            join r in Scope.Requests(db, filter) on e.ChangeRequestId equals r.Id
            select new { e.At, r.Kind, r.ProcessCode };

        var byQuarterKind = await published
            .GroupBy(x => new { Quarter = x.At < b.Q2 ? 1 : x.At < b.Q3 ? 2 : x.At < b.Q4 ? 3 : 4, x.Kind })
            .Select(g => new { g.Key.Quarter, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var processesByQuarter = await published
            .GroupBy(x => x.At < b.Q2 ? 1 : x.At < b.Q3 ? 2 : x.At < b.Q4 ? 3 : 4)
            .Select(g => new { Quarter = g.Key, Processes = g.Select(x => x.ProcessCode).Distinct().Count() })
            .ToDictionaryAsync(x => x.Quarter, x => x.Processes, cancellationToken);

        var byMacroKind = await (
                from x in published
                join p in db.Processes on x.ProcessCode equals p.Code into processes
                from p in processes.DefaultIfEmpty()
                group x by new { Macroprocess = p == null ? null : p.MacroprocessCode, x.Kind } into g
                select new { g.Key.Macroprocess, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var macroNames = await db.Macroprocesses.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Name, cancellationToken);

        var quarters = filter.Quarters.Select(q => new ProcessesModifiedQuarter(
            filter.Year, q,
            byQuarterKind.Where(x => x.Quarter == q).Aggregate(KindCounts.None, (counts, x) => counts.Add(x.Kind, x.Count)),
            processesByQuarter.GetValueOrDefault(q))).ToList();
        var macroprocesses = byMacroKind.GroupBy(x => x.Macroprocess)
            .Select(g => new ProcessesModifiedMacroprocess(
                g.Key,
                g.Key is null ? "Proceso fuera de la lista de procesos" : macroNames.GetValueOrDefault(g.Key, g.Key),
                g.Aggregate(KindCounts.None, (counts, x) => counts.Add(x.Kind, x.Count))))
            .OrderByDescending(m => m.Changes.Total).ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        return new ProcessesModified(quarters, macroprocesses);
    }
}
