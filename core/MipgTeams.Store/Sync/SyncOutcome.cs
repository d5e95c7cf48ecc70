namespace MipgTeams.Store.Sync;

public enum SyncOutcome
{
    Running,
    Succeeded,
    CompletedWithErrors,
    Failed,

    /// <summary>Found «Running» while its owner's lease had lapsed: the process died (killed, crashed, redeployed).</summary>
    Interrupted,
}
