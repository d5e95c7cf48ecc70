using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.Processes;
using MipgTeams.Store;
using MipgTeams.Store.ChangeRequests;

namespace MipgTeams.Indicators.Queries;

/// <summary>
/// The filter's process and macroprocess as store queries. Requests and documents keep the process code; the process's
/// name and macroprocess are read from the Procesos list now, so a process renamed in the list keeps its history.
/// </summary>
internal static class Scope
{
    public static bool IsFiltered(IndicatorFilter filter) => filter.Process is not null || filter.Macroprocess is not null;

    public static IQueryable<ChangeRequest> Requests(MipgDbContext db, IndicatorFilter filter) => InScope(db.ChangeRequests, db, filter);

    public static IQueryable<Document> Documents(MipgDbContext db, IndicatorFilter filter) => InScope(db.Documents, db, filter);

    // The process or one of its subprocesses, and a process of the macroprocess, as the Procesos list says now.
    private static IQueryable<T> InScope<T>(IQueryable<T> items, MipgDbContext db, IndicatorFilter filter)
        where T : class, IBelongsToProcess
    {
        items = items.AsNoTracking();
        if (filter.Process is { } process)
        {
            items = items.Where(i => i.ProcessCode == process || db.Processes.Any(p => p.Code == i.ProcessCode && p.ParentCode == process));
        }
        if (filter.Macroprocess is { } macroprocess)
        {
            items = items.Where(i => db.Processes.Any(p => p.Code == i.ProcessCode && p.MacroprocessCode == macroprocess));
        }
        return items;
    }

    /// <summary>
    /// The process codes the filter covers (the process and its subprocesses, within the macroprocess when one is given),
    /// read once from the Procesos list so the big queries filter on a short list; null when nothing is filtered.
    /// </summary>
    public static async Task<IReadOnlyList<string>?> ProcessCodesAsync(MipgDbContext db, IndicatorFilter filter, CancellationToken cancellationToken)
    {
        if (!IsFiltered(filter))
        {
            return null;
        }
        HashSet<string>? codes = null;
        if (filter.Process is { } process)
        {
            codes = new HashSet<string>(StringComparer.Ordinal) { process };
            codes.UnionWith(await db.Processes.AsNoTracking().Where(p => p.ParentCode == process).Select(p => p.Code).ToListAsync(cancellationToken));
        }
        if (filter.Macroprocess is { } macroprocess)
        {
            var inMacroprocess = await db.Processes.AsNoTracking().Where(p => p.MacroprocessCode == macroprocess).Select(p => p.Code).ToListAsync(cancellationToken);
            codes = codes is null ? new HashSet<string>(inMacroprocess, StringComparer.Ordinal) : [.. codes.Intersect(inMacroprocess, StringComparer.Ordinal)];
        }
        return [.. codes!];
    }

    /// <summary>
    /// Audit events of the requests of <paramref name="codes"/> (all events when null), by the process each event carries
    /// (<see cref="EventFacts"/>: its request's process now), which the events' (kind, date) index holds: no join.
    /// </summary>
    public static IQueryable<ChangeRequestEvent> Events(MipgDbContext db, IReadOnlyList<string>? codes)
    {
        var events = db.ChangeRequestEvents.AsNoTracking();
        return codes is null ? events : events.Where(e => codes.Contains(EF.Property<string>(e, EventFacts.ProcessCode)));
    }

    /// <summary>Process names by code, from the Procesos list (a few hundred rows).</summary>
    public static async Task<Dictionary<string, string>> ProcessNamesAsync(MipgDbContext db, CancellationToken cancellationToken) =>
        await db.Processes.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, StringComparer.OrdinalIgnoreCase, cancellationToken);
}
