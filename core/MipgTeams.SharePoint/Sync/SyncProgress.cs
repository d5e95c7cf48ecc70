namespace MipgTeams.SharePoint.Sync;

/// <summary>Running counts reported while a sync goes, for the one-shot command's progress line.</summary>
public sealed record SyncProgress(string Container, int Seen, int Changed, int Failed);
