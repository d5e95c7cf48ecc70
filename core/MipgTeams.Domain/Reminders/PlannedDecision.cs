namespace MipgTeams.Domain.Reminders;

/// <summary>A pending decision with its age in business days and its step's deadline, as of the planned day.</summary>
public sealed record PlannedDecision(PendingDecision Request, int AgeDays, int DeadlineDays)
{
    /// <summary>Waiting longer than the step allows.</summary>
    public bool IsOverdue => AgeDays > DeadlineDays;

    /// <summary>The outbox key that tells the requester once per pass through a step (a resubmission is a new version).</summary>
    public string OverdueNoticeKey => $"overdue:{Request.RequestId}:{Request.Version}";
}
