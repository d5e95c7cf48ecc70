namespace MipgTeams.Domain.Documents;

/// <summary>Spanish names of <see cref="DocumentStatus"/> and their parsing from SharePoint columns.</summary>
public static class DocumentStatuses
{
    public static string SpanishName(this DocumentStatus status) => status switch
    {
        DocumentStatus.Vigente => "Vigente",
        DocumentStatus.EnRevision => "En revisión",
        DocumentStatus.Obsoleto => "Obsoleto",
        _ => status.ToString(),
    };

    public static bool TryParseSpanish(string? text, out DocumentStatus status)
    {
        status = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var folded = TextFolding.Fold(text).Replace(" ", "", StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<DocumentStatus>())
        {
            if (TextFolding.Fold(candidate.SpanishName()).Replace(" ", "", StringComparison.Ordinal) == folded)
            {
                status = candidate;
                return true;
            }
        }
        return false;
    }
}
