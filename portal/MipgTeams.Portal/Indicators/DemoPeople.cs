using Microsoft.EntityFrameworkCore;
using MipgTeams.Store;

namespace MipgTeams.Portal.Indicators;

/// <summary>One person the development sign-in offers: their object id, name, and what they are in the demo.</summary>
internal sealed record DemoPerson(string ObjectId, string Name, string Role);

/// <summary>
/// The people the development sign-in offers: the active quality team (who may see the indicators) and the process
/// leaders (who, unless they are also on the team or the committee, get the 403), read from the store the demo filled.
/// </summary>
internal static class DemoPeople
{
    public static async Task<IReadOnlyList<DemoPerson>> ListAsync(MipgDbContext db, CancellationToken cancellationToken)
    {
        var people = new Dictionary<string, DemoPerson>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in await db.ActiveQualityTeamAsync(cancellationToken))
        {
            if (member.Person.EntraObjectId is { } id)
            {
                people.TryAdd(id, new DemoPerson(id, member.Person.DisplayName, "Equipo de Calidad"));
            }
        }
        var processes = await db.Processes.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var process in processes.OrderBy(p => p.Name, StringComparer.CurrentCulture))
        {
            if (process.Leader?.EntraObjectId is { } id)
            {
                people.TryAdd(id, new DemoPerson(id, process.Leader.DisplayName, $"Líder de {process.Name}"));
            }
        }
        return people.Values.ToList();
    }
}
