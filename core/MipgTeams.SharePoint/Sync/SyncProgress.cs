namespace MipgTeams.SharePoint.Sync;

/// <summary>Running counts reported while a sync goes (after every page), for the one-shot command's progress line.</summary>
/// <param name="Container">The library or list whose page was just committed.</param>
/// <param name="Seen">Items seen so far in the run.</param>
/// <param name="Changed">Items changed so far.</param>
/// <param name="Failed">Items that failed so far.</param>
/// <param name="WaitingFor">Set (and the counts zero) while the run waits for another sync of the store to end.</param>
public sealed record SyncProgress(string Container, int Seen, int Changed, int Failed, TimeSpan? WaitingFor = null);
