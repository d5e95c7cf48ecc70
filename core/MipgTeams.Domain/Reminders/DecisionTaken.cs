using MipgTeams.Domain.ChangeRequests;

namespace MipgTeams.Domain.Reminders;

/// <summary>A decision made on a step (approved, validated or rejected): when the request entered the step and when it left.</summary>
public sealed record DecisionTaken(ChangeRequestStatus Step, string ProcessCode, DateTimeOffset EnteredAt, DateTimeOffset DecidedAt);
