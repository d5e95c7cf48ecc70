namespace MipgTeams.Store.Leases;

/// <summary>
/// A named lease, taken and released through <see cref="NamedLeases"/>: on SQLite (one writer at a time anyway) one
/// instance at a time works through the day's reminder claims ("reminders:yyyy-MM-dd"), and on any store one instance at
/// a time sends the outbox ("outbox-sender"). The lease lapses when its owner dies, and another takes over.
/// </summary>
public sealed class Lease
{
    public required string Name { get; set; }
    public string? Owner { get; set; }
    public DateTimeOffset Until { get; set; }
}
