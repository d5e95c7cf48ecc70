using MipgTeams.Domain.ChangeRequests;

namespace MipgTeams.Domain.Reminders;

/// <summary>A change request waiting on a decision, as the planner needs it: its step and when it entered that step.</summary>
public sealed record PendingDecision(
    long RequestId,
    int Version,
    ChangeRequestStatus Step,
    string ProcessCode,
    string? DocumentCode,
    string Summary,
    string? RequesterObjectId,
    string RequesterName,
    DateTimeOffset EnteredStepAt);
