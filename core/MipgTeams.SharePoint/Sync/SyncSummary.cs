namespace MipgTeams.SharePoint.Sync;

/// <summary>What one sync run saw and did; errors name the item and the reason, never a secret.</summary>
public sealed record SyncSummary(long RunId, int Seen, int Changed, int Removed, int Failed, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Failed == 0 && Errors.Count == 0;
}
