using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;
using MipgTeams.Store;

namespace MipgTeams.Indicators.Queries;

/// <summary>
/// The filter's process and macroprocess as store queries. Requests and documents keep the process code; the process's
/// name and macroprocess are read from the Procesos list now, so a process renamed in the list keeps its history.
/// </summary>
internal static class Scope
{
    public static bool IsFiltered(IndicatorFilter filter) => filter.Process is not null || filter.Macroprocess is not null;

    public static IQueryable<ChangeRequest> Requests(MipgDbContext db, IndicatorFilter filter)
    {
        var requests = db.ChangeRequests.AsNoTracking();
        if (filter.Process is { } process)
        {
            requests = requests.Where(r => r.ProcessCode == process || db.Processes.Any(p => p.Code == r.ProcessCode && p.ParentCode == process));
        }
        if (filter.Macroprocess is { } macroprocess)
        {
            requests = requests.Where(r => db.Processes.Any(p => p.Code == r.ProcessCode && p.MacroprocessCode == macroprocess));
        }
        return requests;
    }

    /// <summary>Audit events of the filter's requests (all events, unjoined, when nothing is filtered).</summary>
    public static IQueryable<ChangeRequestEvent> Events(MipgDbContext db, IndicatorFilter filter)
    {
        var events = db.ChangeRequestEvents.AsNoTracking();
        if (!IsFiltered(filter))
        {
            return events;
        }
        var requests = Requests(db, filter);
        return events.Where(e => requests.Any(r => r.Id == e.ChangeRequestId));
    }

    public static IQueryable<Document> Documents(MipgDbContext db, IndicatorFilter filter)
    {
        var documents = db.Documents.AsNoTracking();
        if (filter.Process is { } process)
        {
            documents = documents.Where(d => d.ProcessCode == process || db.Processes.Any(p => p.Code == d.ProcessCode && p.ParentCode == process));
        }
        if (filter.Macroprocess is { } macroprocess)
        {
            documents = documents.Where(d => db.Processes.Any(p => p.Code == d.ProcessCode && p.MacroprocessCode == macroprocess));
        }
        return documents;
    }

    /// <summary>Process names by code, from the Procesos list (a few hundred rows).</summary>
    public static async Task<Dictionary<string, string>> ProcessNamesAsync(MipgDbContext db, CancellationToken cancellationToken) =>
        await db.Processes.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, StringComparer.OrdinalIgnoreCase, cancellationToken);
}
