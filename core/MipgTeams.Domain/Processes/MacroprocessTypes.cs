namespace MipgTeams.Domain.Processes;

/// <summary>The Spanish words of <see cref="MacroprocessType"/>, in one place, and their parsing from the Procesos list.</summary>
public static class MacroprocessTypes
{
    private static readonly SpanishNames<MacroprocessType> Names = new(
        (MacroprocessType.Strategic, "Estrategico", "Estratégico"),
        (MacroprocessType.Missional, "Misional", "Misional"),
        (MacroprocessType.Support, "Apoyo", "Apoyo"),
        (MacroprocessType.Evaluation, "Evaluacion", "Evaluación"));

    /// <summary>The name staff read, in es-CO.</summary>
    public static string SpanishName(this MacroprocessType type) => Names.Label(type);

    /// <summary>The Spanish identifier kept in the store ("Estrategico").</summary>
    public static string Code(this MacroprocessType type) => Names.Code(type);

    /// <summary>The type whose <see cref="Code"/> is <paramref name="code"/>; throws on any other text.</summary>
    public static MacroprocessType FromCode(string code) => Names.FromCode(code);

    /// <summary>Parses a list value such as "Estratégico", "de apoyo" or "Evaluación".</summary>
    public static bool TryParseSpanish(string? text, out MacroprocessType type)
    {
        var folded = TextFolding.Fold(text ?? "");
        return Names.TryParse(folded.StartsWith("de ", StringComparison.Ordinal) ? folded[3..] : folded, out type);
    }
}
