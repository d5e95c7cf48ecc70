namespace MipgTeams.Bot.Outbox;

/// <summary>What <see cref="SenderLease.HoldAsync"/> found.</summary>
internal enum SenderLeaseHold
{
    /// <summary>Another instance sends; this one skips its pass.</summary>
    Elsewhere,
    /// <summary>This instance held the lease and still does.</summary>
    Kept,
    /// <summary>This instance has just taken the lease: others may have sent meanwhile.</summary>
    Taken,
    /// <summary>This instance held the lease, but another took it meanwhile (this one was stalled past it); it skips its pass.</summary>
    Lost,
}
