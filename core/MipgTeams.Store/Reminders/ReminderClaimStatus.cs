namespace MipgTeams.Store.Reminders;

public enum ReminderClaimStatus
{
    /// <summary>Planned for the day, not yet taken by any instance.</summary>
    Pending,
    /// <summary>Taken by an instance until its lease ends; an expired lease means the instance died and the work is free again.</summary>
    Claimed,
    /// <summary>The digest (and notices) are in the outbox; nothing more to do today.</summary>
    Sent,
}
