using MipgTeams.Domain.Documents;

namespace MipgTeams.Store.Publishing;

/// <summary>
/// A code the bot gave a new document, or retired with its document. Kept for ever: with the documents (current,
/// obsolete and removed) it is what the next code counts from, so no code names two documents.
/// </summary>
public sealed class IssuedCode
{
    public required string Code { get; set; }
    public required string ProcessCode { get; set; }
    public DocumentType Type { get; set; }
    public long? ChangeRequestId { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
}
