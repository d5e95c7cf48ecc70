namespace MipgTeams.SharePoint.Source;

/// <summary>
/// The port through which the sync reads SharePoint: document libraries and admin lists, as a stream of changes.
/// Two adapters: Graph (production, national clouds, local mock servers) and Folder (the embedded default and demo).
/// </summary>
public interface ISharePointSource
{
    /// <summary>A short name for logs and sync runs, e.g. "folder" or "graph:contoso.sharepoint.com".</summary>
    string Name { get; }

    /// <summary>The libraries and admin lists this source is configured to read.</summary>
    IReadOnlyList<SourceContainer> Containers { get; }

    /// <summary>
    /// Reads the changes of one container since <paramref name="checkpoint"/> (null: from the beginning, a full
    /// enumeration), page by page: each page carries the checkpoint to store once its changes are committed, so no page
    /// holds more than a bounded slice of the container and a crash resumes after the last committed page.
    /// </summary>
    IAsyncEnumerable<SourceChangePage> ReadChangesAsync(SourceContainer container, string? checkpoint, CancellationToken cancellationToken);

    /// <summary>Opens the content of a library item. Throws <see cref="SourceItemGoneException"/> when it no longer exists.</summary>
    Task<Stream> OpenContentAsync(SourceContainer container, SourceItem item, CancellationToken cancellationToken);
}
