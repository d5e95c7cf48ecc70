namespace MipgTeams.Domain.Documents;

/// <summary>Letters and Spanish names of <see cref="DocumentType"/>, in one place.</summary>
public static class DocumentTypes
{
    private static readonly Dictionary<char, DocumentType> ByLetter = new()
    {
        ['C'] = DocumentType.Caracterizacion,
        ['P'] = DocumentType.Procedimiento,
        ['F'] = DocumentType.Formato,
        ['G'] = DocumentType.Guia,
        ['M'] = DocumentType.Manual,
        ['I'] = DocumentType.Instructivo,
    };

    public static bool TryFromLetter(char letter, out DocumentType type) =>
        ByLetter.TryGetValue(char.ToUpperInvariant(letter), out type);

    public static char Letter(this DocumentType type) => ByLetter.First(p => p.Value == type).Key;

    /// <summary>The name staff use, singular, in es-CO.</summary>
    public static string SpanishName(this DocumentType type) => type switch
    {
        DocumentType.Caracterizacion => "Caracterización",
        DocumentType.Procedimiento => "Procedimiento",
        DocumentType.Formato => "Formato",
        DocumentType.Guia => "Guía",
        DocumentType.Manual => "Manual",
        DocumentType.Instructivo => "Instructivo",
        _ => type.ToString(),
    };

    /// <summary>Parses a SharePoint column value such as "Guía", "guia" or "Procedimiento".</summary>
    public static bool TryParseSpanish(string? text, out DocumentType type)
    {
        type = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var folded = TextFolding.Fold(text);
        foreach (var candidate in Enum.GetValues<DocumentType>())
        {
            if (TextFolding.Fold(candidate.SpanishName()) == folded)
            {
                type = candidate;
                return true;
            }
        }
        return false;
    }
}
