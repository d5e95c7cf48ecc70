namespace MipgTeams.Domain.Processes;

/// <summary>A macroprocess of the Modelo de Operación por Procesos (16 in all).</summary>
public sealed class Macroprocess
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public MacroprocessType Type { get; set; }
}
