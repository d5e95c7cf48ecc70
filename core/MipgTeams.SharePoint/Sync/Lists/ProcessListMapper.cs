using MipgTeams.Domain;
using MipgTeams.Domain.People;
using MipgTeams.Domain.Processes;

namespace MipgTeams.SharePoint.Sync.Lists;

/// <summary>"Procesos": one row per process or subprocess with its macroprocess and leader.</summary>
internal sealed class ProcessListMapper : IListMapper
{
    public ContainerKind Kind => ContainerKind.ProcessesList;

    public async Task<string?> UpsertAsync(MipgDbContext db, SourceItem item, Action<string> reportError, CancellationToken cancellationToken)
    {
        var code = item.Get("Codigo")?.ToUpperInvariant();
        var name = item.Get("Title");
        var macroCode = item.Get("Macroproceso")?.ToUpperInvariant();
        if (code is null || name is null || macroCode is null)
        {
            reportError($"Procesos, fila {item.Id}: faltan Codigo, Title o Macroproceso.");
            return null;
        }

        var macro = await db.Macroprocesses.FindOrAddAsync(macroCode, () => new Macroprocess { Code = macroCode, Name = macroCode }, cancellationToken);
        macro.Name = item.Get("NombreMacroproceso") ?? macro.Name;
        macro.Type = ParseType(item.Get("TipoMacroproceso")) ?? macro.Type;

        var process = await db.Processes.FindOrAddAsync(code, () => new Process { Code = code, Name = name, MacroprocessCode = macroCode }, cancellationToken);
        process.Name = name;
        process.MacroprocessCode = macroCode;
        process.ParentCode = item.Get("ProcesoPadre")?.ToUpperInvariant();
        process.Office = item.Get("Dependencia");
        process.AnnounceTo = item.Get("Socializar");
        var leaderName = item.Get("Lider");
        var leaderEmail = item.Get("LiderCorreo");
        process.Leader = leaderName is null && leaderEmail is null
            ? null
            : new Person(leaderName ?? leaderEmail!, leaderEmail ?? "", item.Get("LiderObjectId"));
        return code;
    }

    public Task RemoveAsync(MipgDbContext db, string key, CancellationToken cancellationToken) =>
        db.Processes.RemoveIfPresentAsync(key, cancellationToken);

    private static MacroprocessType? ParseType(string? text) =>
        MacroprocessTypes.TryParseSpanish(text, out var type) ? type : null;
}
