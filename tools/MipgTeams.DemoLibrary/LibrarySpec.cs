using MipgTeams.DemoLibrary.Catalog;
using MipgTeams.DemoLibrary.Unseen;

namespace MipgTeams.DemoLibrary;

/// <summary>What a generated library holds: its MOP map, its documents and its quality team.</summary>
internal sealed record LibrarySpec(
    IReadOnlyList<DemoMacroprocess> Macroprocesses,
    IReadOnlyList<DemoProcess> Processes,
    IReadOnlyDictionary<string, IReadOnlyList<DemoDocument>> DocumentsByProcess,
    IReadOnlyList<(DemoPerson Person, bool Coordinator)> QualityTeam,
    IReadOnlySet<string> WithoutColumns,
    bool WithCorruptFile)
{
    /// <summary>The Cartagena demo; GLEGN01's files carry no column values, so the sync falls back to path and file name.</summary>
    public static LibrarySpec Demo => new(DemoProcesses.Macroprocesses, DemoProcesses.Processes, DemoDocuments.ByProcess,
        DemoPeople.QualityTeam, new HashSet<string> { "GLEGN01" }, WithCorruptFile: true);

    /// <summary>The evaluation library of another municipality, which the answer engine was not written against.</summary>
    public static LibrarySpec Unseen => new(UnseenProcesses.Macroprocesses, UnseenProcesses.Processes, UnseenDocuments.ByProcess,
        UnseenProcesses.QualityTeam, new HashSet<string>(), WithCorruptFile: false);
}
