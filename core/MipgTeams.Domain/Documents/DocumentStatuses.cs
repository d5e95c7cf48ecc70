namespace MipgTeams.Domain.Documents;

/// <summary>The Spanish words of <see cref="DocumentStatus"/>, in one place, and their parsing from SharePoint columns.</summary>
public static class DocumentStatuses
{
    private static readonly SpanishNames<DocumentStatus> Names = new(
        (DocumentStatus.Current, "Vigente", "Vigente"),
        (DocumentStatus.UnderReview, "EnRevision", "En revisión"),
        (DocumentStatus.Obsolete, "Obsoleto", "Obsoleto"));

    /// <summary>The name staff read, in es-CO.</summary>
    public static string SpanishName(this DocumentStatus status) => Names.Label(status);

    /// <summary>The Spanish identifier kept in the store and the search index ("EnRevision").</summary>
    public static string Code(this DocumentStatus status) => Names.Code(status);

    /// <summary>The status whose <see cref="Code"/> is <paramref name="code"/>; throws on any other text.</summary>
    public static DocumentStatus FromCode(string code) => Names.FromCode(code);

    /// <summary>Parses a SharePoint column value such as "En revisión", "en revision" or "Vigente".</summary>
    public static bool TryParseSpanish(string? text, out DocumentStatus status) => Names.TryParse(text, out status);
}
