namespace MipgTeams.Store.Reminders;

/// <summary>
/// A named lease: on SQLite (one writer at a time anyway) one instance at a time works through the day's claims; the
/// lease lapses when its owner dies, and another takes over. The outbox sender holds one too ("outbox-sender", through
/// <see cref="Leases.NamedLeases"/>), so that one instance at a time sends.
/// </summary>
public sealed class ReminderLease
{
    public required string Name { get; set; }
    public string? Owner { get; set; }
    public DateTimeOffset Until { get; set; }
}
