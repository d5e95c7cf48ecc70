namespace MipgTeams.SharePoint.Sync;

/// <summary>What one sync run saw and did; errors name the item and the reason, never a secret.</summary>
/// <param name="RunId">The run's row in <c>SyncRuns</c> (0 when skipped).</param>
/// <param name="Seen">Items seen (files and rows).</param>
/// <param name="Changed">Items whose model changed.</param>
/// <param name="Removed">Documents removed.</param>
/// <param name="Failed">Items that could not be read or mapped.</param>
/// <param name="Errors">The failed items and the libraries or lists that could not be read, in Spanish.</param>
/// <param name="Skipped">Another sync of the store was running (and did not end within the wait): this one did nothing and recorded no run.</param>
/// <param name="Waited">How long it waited for another sync to end before starting.</param>
public sealed record SyncSummary(
    long RunId, int Seen, int Changed, int Removed, int Failed, IReadOnlyList<string> Errors, bool Skipped = false, TimeSpan Waited = default)
{
    public bool Succeeded => !Skipped && Failed == 0 && Errors.Count == 0;

    public static SyncSummary SkippedAfter(TimeSpan waited) => new(0, 0, 0, 0, 0, [], Skipped: true, Waited: waited);
}
