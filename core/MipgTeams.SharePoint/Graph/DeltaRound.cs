namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// Where a library's delta read stands: the link of the next page (null: a fresh full enumeration), the folder tree as
/// of that page, the deltaLink of the last finished round, and for a full enumeration its id and the files still
/// waiting for their folder. Made by <see cref="Resume"/> or <see cref="Full"/>.
/// </summary>
internal sealed class DeltaRound(FolderTree tree, string deltaLink, string? link, string? enumeration, List<PendingFile> pending, bool resumed)
{
    public FolderTree Tree { get; } = tree;
    public string DeltaLink { get; } = deltaLink;
    public string? Link { get; set; } = link;
    public string? Enumeration { get; } = enumeration;
    public bool IsFull => Enumeration is not null;
    public List<PendingFile> Pending { get; } = pending;

    /// <summary>The link comes from a stored nextLink, which may have expired.</summary>
    public bool Resumed { get; set; } = resumed;

    /// <summary>Continues a stored round, starts the next incremental round, or (nothing stored) a full enumeration.</summary>
    public static DeltaRound Resume(DriveCheckpoint? checkpoint)
    {
        if (checkpoint is null)
        {
            return Full("", null);
        }
        var tree = new FolderTree(checkpoint.RootId, checkpoint.Folders);
        return checkpoint.NextLink is { } next
            ? new DeltaRound(tree, checkpoint.DeltaLink, next, checkpoint.Enumeration, checkpoint.Pending ?? [], resumed: true)
            : new DeltaRound(tree, checkpoint.DeltaLink, checkpoint.DeltaLink, null, [], resumed: false);
    }

    /// <summary>A new full enumeration from <paramref name="link"/> (Graph's resync link) or from scratch, with a new tree.</summary>
    public static DeltaRound Full(string deltaLink, string? link) =>
        new(new FolderTree(null, new Dictionary<string, FolderNode>(StringComparer.Ordinal)), deltaLink, link, Guid.NewGuid().ToString("N"), [], resumed: false);
}
