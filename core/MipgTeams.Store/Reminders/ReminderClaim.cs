namespace MipgTeams.Store.Reminders;

/// <summary>
/// One person's reminders for one business day (unique on person and date): the row instances claim so that each person
/// gets exactly one digest a day, however many bot instances run and however often they restart.
/// </summary>
public sealed class ReminderClaim
{
    public long Id { get; set; }
    /// <summary>Entra object id, lower case.</summary>
    public required string PersonObjectId { get; set; }
    /// <summary>The business day in America/Bogota.</summary>
    public DateOnly Date { get; set; }
    public ReminderClaimStatus Status { get; set; } = ReminderClaimStatus.Pending;
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
