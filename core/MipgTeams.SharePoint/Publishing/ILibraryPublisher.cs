namespace MipgTeams.SharePoint.Publishing;

/// <summary>
/// The port through which a validated change is written to the document library the store syncs from: the folder
/// library (demo) or SharePoint through Graph. Each call is one small, repeatable write, so the publication worker can
/// redo the step a crash interrupted without making a second copy.
/// </summary>
public interface ILibraryPublisher
{
    /// <summary>The library's container id, as the sync names it in the store.</summary>
    string ContainerId { get; }

    /// <summary>The drafts people may point to (the folder library's Borradores/); empty when drafts are links.</summary>
    Task<IReadOnlyList<DraftFile>> ListDraftsAsync(CancellationToken cancellationToken);

    /// <summary>Finds the draft a request points to. Throws <see cref="PublicationException"/> (Spanish) when it cannot be read.</summary>
    Task<DraftFile> FindDraftAsync(string reference, CancellationToken cancellationToken);

    /// <summary>The draft's content. Throws <see cref="PublicationException"/> when it is gone.</summary>
    Task<byte[]> ReadDraftAsync(string reference, CancellationToken cancellationToken);

    /// <summary>The file with this item id now, or null when it no longer exists.</summary>
    Task<LibraryFile?> GetAsync(string itemId, CancellationToken cancellationToken);

    /// <summary>The file at this path, or null.</summary>
    Task<LibraryFile?> FindByPathAsync(string path, CancellationToken cancellationToken);

    /// <summary>
    /// Moves <paramref name="file"/> to <paramref name="path"/> (nothing moves when it is there already) and sets the
    /// columns. Throws <see cref="PublicationConflictException"/> when the file changed since it was read.
    /// </summary>
    Task<LibraryFile> MoveAsync(LibraryFile file, string path, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken);

    /// <summary>Writes the content at <paramref name="path"/> (replacing what a crashed attempt left there) and sets the columns.</summary>
    Task<LibraryFile> PutAsync(string path, byte[] content, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken);
}
