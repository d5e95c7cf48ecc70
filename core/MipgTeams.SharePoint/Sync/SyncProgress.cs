namespace MipgTeams.SharePoint.Sync;

/// <summary>Running counts reported while a sync goes (after every page), for the one-shot command's progress line.</summary>
/// <param name="WaitingFor">Set (and the counts zero) while the run waits for another sync of the store to end.</param>
public sealed record SyncProgress(string Container, int Seen, int Changed, int Failed, TimeSpan? WaitingFor = null);
