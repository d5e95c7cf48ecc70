using MipgTeams.Domain.Documents;

namespace MipgTeams.Domain.Publishing;

/// <summary>
/// Which file formats each type of document may be published in: a Formato is filled in (xlsx or docx), the rest are
/// read (docx, or pdf for the signed copy). A draft of another format is refused before anything is published.
/// </summary>
public static class DocumentFormats
{
    private static readonly Dictionary<DocumentType, string[]> Allowed = new()
    {
        [DocumentType.Characterization] = ["docx", "pdf", "xlsx"],
        [DocumentType.Procedure] = ["docx", "pdf"],
        [DocumentType.Form] = ["xlsx", "docx"],
        [DocumentType.Guide] = ["docx", "pdf"],
        [DocumentType.Manual] = ["docx", "pdf"],
        [DocumentType.Instruction] = ["docx", "pdf"],
    };

    public static IReadOnlyList<string> For(DocumentType type) => Allowed[type];

    /// <summary>The extension of <paramref name="fileName"/>, lower case, without the dot ("" when it has none).</summary>
    public static string ExtensionOf(string fileName) => Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();

    /// <summary>Null when a file named <paramref name="fileName"/> may be a <paramref name="type"/>; else why not, in Spanish.</summary>
    public static string? Check(DocumentType type, string fileName)
    {
        var extension = ExtensionOf(fileName);
        var allowed = Allowed[type];
        if (allowed.Contains(extension))
        {
            return null;
        }
        var what = extension.Length == 0 ? "no tiene extensión" : $"es un archivo {extension}";
        return $"El borrador «{fileName}» {what}, pero un {type.SpanishName()} debe ser {string.Join(" o ", allowed)}.";
    }
}
