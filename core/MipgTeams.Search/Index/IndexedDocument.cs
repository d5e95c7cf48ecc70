using MipgTeams.Domain.Documents;

namespace MipgTeams.Search.Index;

/// <summary>
/// What the index needs of a document, with the names of its process and macroprocess resolved so that "formatos de
/// contratación" finds them.
/// </summary>
public sealed record IndexedDocument(Document Document, string? ProcessName, string? MacroprocessName);
