namespace MipgTeams.Domain.ChangeRequests;

/// <summary>What happened to a change request; one audit event per transition.</summary>
public enum ChangeRequestEventType
{
    Submitted,
    ApprovedByLeader,
    ValidatedByQuality,
    Rejected,
    Resubmitted,
    Cancelled,
}
