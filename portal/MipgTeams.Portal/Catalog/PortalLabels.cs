using MipgTeams.Domain;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.Processes;

namespace MipgTeams.Portal.Catalog;

/// <summary>
/// The words the portal shows for the model's kinds, built on the domain's own Spanish labels (DocumentTypes,
/// DocumentStatuses) so a rename of the enums does not reach the pages.
/// </summary>
internal static class PortalLabels
{
    /// <summary>The MOP map's headings, in the order the map shows them.</summary>
    public static IReadOnlyList<(MacroprocessType Type, string Heading)> MacroprocessTypes { get; } =
    [
        (MacroprocessType.Strategic, "Macroprocesos estratégicos"),
        (MacroprocessType.Missional, "Macroprocesos misionales"),
        (MacroprocessType.Support, "Macroprocesos de apoyo"),
        (MacroprocessType.Evaluation, "Macroprocesos de evaluación"),
    ];

    /// <summary>Document types in the order a process page groups them: the caracterización first.</summary>
    public static IReadOnlyList<DocumentType> TypeOrder { get; } = Enum.GetValues<DocumentType>();

    /// <summary>The plural heading of a type's group ("Procedimientos", "Guías"): the domain's plural, capitalized.</summary>
    public static string Plural(DocumentType type)
    {
        var plural = type.SpanishPlural();
        return char.ToUpperInvariant(plural[0]) + plural[1..];
    }

    /// <summary>The value a type has in links (?tipo=guia): its Spanish name without accents.</summary>
    public static string Slug(DocumentType type) => TextFolding.Fold(type.SpanishName());

    public static bool TryParseSlug(string? slug, out DocumentType type) => DocumentTypes.TryParseSpanish(slug, out type);
}
