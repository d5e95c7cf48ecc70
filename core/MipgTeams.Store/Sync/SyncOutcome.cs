namespace MipgTeams.Store.Sync;

public enum SyncOutcome
{
    Running,
    Succeeded,
    CompletedWithErrors,
    Failed,
}
