using System.ComponentModel.DataAnnotations;

namespace MipgTeams.Bot.Outbox;

/// <summary>Section "Outbox": how proactive messages are sent and retried.</summary>
public sealed class OutboxOptions : IValidatableObject
{
    public const string Section = "Outbox";

    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>After this many failed attempts a message is given up, with the reason recorded.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;

    [Range(1, 500)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How long an instance owns a message it is sending; another instance takes over after that.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long the one instance that sends (all instances share Teams' limits for the app) keeps that role without
    /// renewing it: it renews while it runs and releases it when it stops; if it dies, another instance takes over after
    /// this long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan SenderLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a message waits for a person the bot cannot reach yet (never opened the bot, the app's install refused)
    /// before it is given up and the quality coordinator told; it is sent at once when their chat appears.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "60.00:00:00")]
    public TimeSpan RecipientWait { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The longest pause between two tries to reach such a person (the pause grows with the message's age).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RecipientRetryMax { get; set; } = TimeSpan.FromHours(4);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SenderLease < 2 * PollInterval)
        {
            yield return new ValidationResult(
                $"Outbox:SenderLease ({SenderLease}) must be at least twice Outbox:PollInterval ({PollInterval}), or the sender's lease lapses between passes.",
                [nameof(SenderLease)]);
        }
    }
}
