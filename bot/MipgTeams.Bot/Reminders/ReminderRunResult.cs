namespace MipgTeams.Bot.Reminders;

/// <summary>What one pass over a day did on this instance (other instances may have sent the rest).</summary>
public sealed record ReminderRunResult(DateOnly Date, int PeoplePlanned, int Digests, int Notices, bool WeeklySummary, int AlreadyTaken);
