namespace MipgTeams.Domain.Processes;

/// <summary>The four kinds of macroprocess of the MOP map. Spanish words: <see cref="MacroprocessTypes"/>.</summary>
public enum MacroprocessType
{
    Strategic,
    Missional,
    Support,
    Evaluation,
}
