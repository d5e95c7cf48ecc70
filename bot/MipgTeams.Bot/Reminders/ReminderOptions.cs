using System.ComponentModel.DataAnnotations;

namespace MipgTeams.Bot.Reminders;

/// <summary>Section "Reminders": the daily digest scheduler of this instance. What and when come from the settings list.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Off, this instance never sends digests (another instance, or none, does); admin commands still preview.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long an instance owns the people it claimed; after that another instance re-plans them.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>People claimed at a time.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Requests shown per section of a digest; the rest are counted ("y 12 más").</summary>
    [Range(1, 50)]
    public int MaxItemsPerSection { get; set; } = 10;

    /// <summary>The longest the scheduler sleeps before looking at the settings again (an admin may change the hour).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "06:00:00")]
    public TimeSpan MaxSleep { get; set; } = TimeSpan.FromHours(1);
}
