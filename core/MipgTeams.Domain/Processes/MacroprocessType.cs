namespace MipgTeams.Domain.Processes;

/// <summary>The four kinds of macroprocess of the MOP map.</summary>
public enum MacroprocessType
{
    Estrategico,
    Misional,
    Apoyo,
    Evaluacion,
}
