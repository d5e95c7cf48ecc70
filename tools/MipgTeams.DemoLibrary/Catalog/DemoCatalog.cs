namespace MipgTeams.DemoLibrary.Catalog;

/// <summary>One library's data as its catalog file holds it: MOP map, quality team and documents by process code.</summary>
internal sealed record DemoCatalog(
    IReadOnlyList<DemoMacroprocess> Macroprocesses,
    IReadOnlyList<DemoProcess> Processes,
    IReadOnlyList<DemoTeamMember> QualityTeam,
    IReadOnlyDictionary<string, IReadOnlyList<DemoDocument>> DocumentsByProcess);
