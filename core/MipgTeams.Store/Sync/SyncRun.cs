namespace MipgTeams.Store.Sync;

/// <summary>The stored outcome of one sync run: when, what it saw, what it changed, what failed.</summary>
public sealed class SyncRun
{
    public long Id { get; set; }
    public required string Source { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int ItemsSeen { get; set; }
    public int ItemsChanged { get; set; }
    public int ItemsRemoved { get; set; }
    public int ItemsFailed { get; set; }
    public SyncOutcome Outcome { get; set; } = SyncOutcome.Running;
    /// <summary>The process and run holding the sync lease while this run goes ("host:pid:run").</summary>
    public string? Owner { get; set; }
    /// <summary>Until when the owner's lease holds; a «Running» run past it has no live owner.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }
    /// <summary>Errors of the run, one per line, without secrets.</summary>
    public string? Errors { get; set; }
}
