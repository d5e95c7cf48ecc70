namespace MipgTeams.Domain.Reminders;

/// <summary>The reminders of one business day: one entry per person with anything to be told.</summary>
public sealed record ReminderPlan(DateOnly Date, IReadOnlyList<PersonDigest> People, IReadOnlyList<PlannedDecision> Pending, int Unreachable)
{
    public IEnumerable<PersonDigest> Digests => People.Where(p => p.HasDigest);
}
