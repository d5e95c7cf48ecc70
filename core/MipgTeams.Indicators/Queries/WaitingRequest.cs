namespace MipgTeams.Indicators.Queries;

/// <summary>One open request and how long it has waited in its current step, in business days.</summary>
public sealed record WaitingRequest(
    long Id, string Kind, string Document, string ProcessCode, string ProcessName, WaitingOnKind WaitingOnKind, string WaitingOn,
    DateTimeOffset Since, int AgeDays, int? DeadlineDays)
{
    public bool IsOverdue => DeadlineDays is { } deadline && AgeDays > deadline;
}
