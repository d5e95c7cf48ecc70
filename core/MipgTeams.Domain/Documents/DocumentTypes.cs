namespace MipgTeams.Domain.Documents;

/// <summary>Letters and Spanish words of <see cref="DocumentType"/>, in one place.</summary>
public static class DocumentTypes
{
    private static readonly Dictionary<char, DocumentType> ByLetter = new()
    {
        ['C'] = DocumentType.Characterization,
        ['P'] = DocumentType.Procedure,
        ['F'] = DocumentType.Form,
        ['G'] = DocumentType.Guide,
        ['M'] = DocumentType.Manual,
        ['I'] = DocumentType.Instruction,
    };

    private static readonly SpanishNames<DocumentType> Names = new(
        (DocumentType.Characterization, "Caracterizacion", "Caracterización"),
        (DocumentType.Procedure, "Procedimiento", "Procedimiento"),
        (DocumentType.Form, "Formato", "Formato"),
        (DocumentType.Guide, "Guia", "Guía"),
        (DocumentType.Manual, "Manual", "Manual"),
        (DocumentType.Instruction, "Instructivo", "Instructivo"));

    public static bool TryFromLetter(char letter, out DocumentType type) =>
        ByLetter.TryGetValue(char.ToUpperInvariant(letter), out type);

    public static char Letter(this DocumentType type) => ByLetter.First(p => p.Value == type).Key;

    /// <summary>The name staff use, singular, in es-CO.</summary>
    public static string SpanishName(this DocumentType type) => Names.Label(type);

    /// <summary>The Spanish identifier kept in the store ("Caracterizacion").</summary>
    public static string Code(this DocumentType type) => Names.Code(type);

    /// <summary>The plural staff write ("¿qué formatos tiene…?"), lower case, in es-CO.</summary>
    public static string SpanishPlural(this DocumentType type) => type switch
    {
        DocumentType.Characterization => "caracterizaciones",
        DocumentType.Procedure => "procedimientos",
        DocumentType.Form => "formatos",
        DocumentType.Guide => "guías",
        DocumentType.Manual => "manuales",
        _ => "instructivos",
    };

    /// <summary>The type whose <see cref="Code"/> is <paramref name="code"/>; throws on any other text.</summary>
    public static DocumentType FromCode(string code) => Names.FromCode(code);

    /// <summary>Parses a SharePoint column value such as "Guía", "guia" or "Procedimiento".</summary>
    public static bool TryParseSpanish(string? text, out DocumentType type) => Names.TryParse(text, out type);
}
