using MipgTeams.Domain;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.Processes;

namespace MipgTeams.Portal.Catalog;

/// <summary>A public document with the names the pages show beside it, and its text folded once for filtering.</summary>
internal sealed record PublicDocument(Document Document, Process? Process, Macroprocess? Macroprocess)
{
    public string ProcessName => Process?.Name ?? Document.ProcessCode;

    public string? MacroprocessCode => Macroprocess?.Code ?? Document.MacroprocessCode;

    public string MacroprocessName => Macroprocess?.Name ?? Document.MacroprocessCode ?? "";

    /// <summary>Code, title and process, lower case without accents: what the master list's text filter looks in.</summary>
    public string Folded { get; } = TextFolding.Fold($"{Document.Code} {Document.Title} {Process?.Name}");

    public bool IsCurrent => PublicRules.IsCurrent(Document);

    /// <summary>The day a publication is dated by: its approval, else when the file last changed.</summary>
    public DateOnly PublishedOn => Document.ApprovedOn ?? DateOnly.FromDateTime(Document.LastModified.UtcDateTime);
}
