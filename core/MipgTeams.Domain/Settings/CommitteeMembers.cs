namespace MipgTeams.Domain.Settings;

/// <summary>
/// The optional Configuración key <c>MiembrosComite</c>: Entra object ids of the members of the Comité Institucional de
/// Gestión y Desempeño who may see the indicators, separated by commas, semicolons, spaces or line breaks.
/// </summary>
public static class CommitteeMembers
{
    public const string Key = "MiembrosComite";

    public static IReadOnlySet<string> Parse(string? value) =>
        (value ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
