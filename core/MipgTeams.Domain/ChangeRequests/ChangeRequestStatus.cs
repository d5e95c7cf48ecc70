namespace MipgTeams.Domain.ChangeRequests;

/// <summary>Where a change request is in its approval path (see docs/architecture.md, "The change-request state machine").</summary>
public enum ChangeRequestStatus
{
    PendingLeader,
    PendingQuality,
    Published,
    Returned,
    Cancelled,
}
