namespace MipgTeams.SharePoint.Source;

/// <summary>
/// One page of a container's changes, committed by the sync in one transaction together with <see cref="Checkpoint"/>,
/// so a run that dies resumes after the last committed page rather than from the beginning.
/// </summary>
/// <param name="Container">The library or list the page belongs to.</param>
/// <param name="Changes">The page's upserts and deletes, in the source's order.</param>
/// <param name="Checkpoint">Where the next read starts once this page is committed: mid-round the position after this
/// page (a Graph delta nextLink, the folder source's last path), on the last page the mark of the next round (a deltaLink).</param>
/// <param name="Enumeration">The id of the full enumeration this page belongs to (first sync, a resync after Graph's
/// 410 Gone, a renamed folder, every folder-source run), or null for incremental changes. Items the store has that no
/// page of the enumeration listed are gone once its last page is committed; the id survives a resume in the checkpoint.</param>
/// <param name="IsLast">The last page of this round.</param>
public sealed record SourceChangePage(
    SourceContainer Container,
    IReadOnlyList<SourceChange> Changes,
    string Checkpoint,
    string? Enumeration,
    bool IsLast)
{
    public bool IsFullEnumeration => Enumeration is not null;
}
