using MipgTeams.Domain.Processes;

namespace MipgTeams.Domain.Documents;

/// <summary>
/// A controlled document as synced from a SharePoint library (or the local folder library).
/// <see cref="ChangeNumber"/> grows on every change so that each bot instance can bring its search index up to date.
/// </summary>
public sealed class Document : IBelongsToProcess
{
    public long Id { get; set; }
    /// <summary>Which library the item lives in (drive id, or the folder library's name).</summary>
    public required string SourceContainer { get; set; }
    /// <summary>The item's id in its library; stable across renames and moves.</summary>
    public required string SourceItemId { get; set; }
    public required string Code { get; set; }
    public DocumentType Type { get; set; }
    public required string Title { get; set; }
    public string Version { get; set; } = "1.0";
    public DocumentStatus Status { get; set; } = DocumentStatus.Current;
    public required string ProcessCode { get; set; }
    public string? MacroprocessCode { get; set; }
    /// <summary>Path inside the library, e.g. "Gestion Juridica/Mejora Normativa/GLEGN02-P001 ....docx".</summary>
    public required string Path { get; set; }
    public string? WebUrl { get; set; }
    public string? ContentHash { get; set; }
    public string? Text { get; set; }
    public DateTimeOffset LastModified { get; set; }
    /// <summary>The date the current version was approved, which starts the periodic review clock.</summary>
    public DateOnly? ApprovedOn { get; set; }
    public bool IsRemoved { get; set; }
    /// <summary>
    /// False when admins keep the document internal (library column «Publico» = No): it stays in Teams and never shows
    /// on the public portal. True by default, as the column's default is «Sí».
    /// </summary>
    public bool IsPublic { get; set; } = true;
    /// <summary>Why the file could not be read (corrupt, unsupported), if it could not. The rest of the document stays served.</summary>
    public string? ExtractionError { get; set; }
    public long ChangeNumber { get; set; }
}
