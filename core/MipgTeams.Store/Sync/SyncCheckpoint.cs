namespace MipgTeams.Store.Sync;

/// <summary>
/// Where the next incremental read of a library or list starts (a Graph delta link, or the folder source's marker).
/// Written in the same transaction as the changes it covers, so a crash resumes from the last committed one.
/// </summary>
public sealed class SyncCheckpoint
{
    public required string Container { get; set; }
    public required string Value { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
