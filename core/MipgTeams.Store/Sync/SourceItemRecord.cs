namespace MipgTeams.Store.Sync;

/// <summary>
/// Every item seen in a library or list, document or not, with its last content tag and error: lets the sync skip
/// unchanged content, report unreadable files, and reconcile a full enumeration without ghosts.
/// </summary>
public sealed class SourceItemRecord
{
    public required string Container { get; set; }
    public required string ItemId { get; set; }
    public required string Path { get; set; }
    public string? ContentTag { get; set; }
    public string? Error { get; set; }
    public bool IsRemoved { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    /// <summary>
    /// The last full enumeration that listed the item: once an enumeration's last page is committed, items it did not
    /// list are gone, even when it ran over several runs.
    /// </summary>
    public string? LastEnumeration { get; set; }
}
