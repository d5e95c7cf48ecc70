using MipgTeams.Domain.Documents;
using MipgTeams.Portal.Catalog;

namespace MipgTeams.Portal.MasterList;

/// <summary>The master list as rows of text, the same for CSV and Excel.</summary>
internal static class MasterListTable
{
    public static IReadOnlyList<string> Header { get; } =
        ["Código", "Título", "Tipo", "Versión", "Estado", "Fecha de aprobación", "Proceso", "Macroproceso"];

    public static IEnumerable<string[]> Rows(IEnumerable<PublicDocument> documents) => documents.Select(d => new[]
    {
        d.Document.Code,
        d.Document.Title,
        d.Document.Type.SpanishName(),
        d.Document.Version,
        d.Document.Status.SpanishName(),
        d.Document.ApprovedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        d.ProcessName,
        d.MacroprocessName,
    });
}
