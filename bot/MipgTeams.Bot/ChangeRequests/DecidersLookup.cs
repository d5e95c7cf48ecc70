using MipgTeams.Store;

namespace MipgTeams.Bot.ChangeRequests;

/// <summary>
/// Who decides a request now: the leader of its process as the processes list says at this moment (a leader changed in
/// SharePoint takes over waiting requests) and the active quality team members with an Entra identity.
/// </summary>
internal static class DecidersLookup
{
    public static async Task<Deciders> ForAsync(MipgDbContext db, string processCode, CancellationToken cancellationToken)
    {
        var process = await db.Processes.AsNoTracking().FirstOrDefaultAsync(p => p.Code == processCode, cancellationToken);
        var team = await QualityTeamAsync(db, cancellationToken);
        return new Deciders(process?.Leader, team);
    }

    public static async Task<IReadOnlyList<Domain.People.Person>> QualityTeamAsync(MipgDbContext db, CancellationToken cancellationToken) =>
        (await db.ActiveQualityTeamAsync(cancellationToken))
            .Select(m => m.Person).Where(p => !string.IsNullOrWhiteSpace(p.EntraObjectId)).ToList();

    public static async Task<IReadOnlyList<(string Code, string Name)>> ProcessesAsync(MipgDbContext db, CancellationToken cancellationToken) =>
        (await db.Processes.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync(cancellationToken))
            .Select(p => (p.Code, p.Name)).ToList();
}
