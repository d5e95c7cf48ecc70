using MipgTeams.Domain;
using MipgTeams.Domain.Documents;

namespace MipgTeams.Search.Index;

/// <summary>
/// A document's words folded once when it is indexed, so answering a question never re-analyzes a document: the stems
/// of the question are looked up in these lines by substring (Spanish stems are prefixes of the folded words).
/// </summary>
internal sealed record FoldedDocument(string Heading, IReadOnlyList<(string Original, string Folded)> Lines)
{
    public static FoldedDocument Of(Document document) => new(
        TextFolding.Fold($"{document.Code} {document.Title} {document.Type.SpanishName()} {document.ProcessCode}"),
        (document.Text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Length >= 20)
            .Select(line => (line, TextFolding.Fold(line)))
            .ToList());
}
