namespace MipgTeams.SharePoint.Source;

/// <summary>
/// The changes of one container since a checkpoint. When <see cref="IsFullEnumeration"/> is true the set lists every
/// live item (first sync, or a resync after Graph's 410 Gone) and anything the store has that is not listed is gone.
/// </summary>
public sealed record SourceChangeSet(
    SourceContainer Container,
    IReadOnlyList<SourceChange> Changes,
    bool IsFullEnumeration,
    string NextCheckpoint);
