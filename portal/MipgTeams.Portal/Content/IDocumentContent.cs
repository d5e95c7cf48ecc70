using MipgTeams.Domain.Documents;

namespace MipgTeams.Portal.Content;

/// <summary>Opens a document's file in the library it was synced from (the folder on disk, or SharePoint through Graph).</summary>
public interface IDocumentContent
{
    /// <summary>The file's bytes, or null when the library no longer has it.</summary>
    Task<Stream?> OpenAsync(Document document, CancellationToken cancellationToken);
}
