using System.ComponentModel.DataAnnotations;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// The few words the protocol itself says to people (when a turn fails, or nobody handles an invoke) and the locale it
/// stamps on outgoing messages. The protocol knows no language: the bot that hosts it sets these
/// (<c>AddBotProtocol(configuration, texts => ...)</c>); the defaults are plain English for a bare host.
/// </summary>
public sealed class ProtocolTexts
{
    /// <summary>The locale of the bot's messages (e.g. "es-CO"), set on each sent message that has none. Null: none.</summary>
    public string? Locale { get; set; }

    /// <summary>The reply when handling a message (or any non-invoke activity) threw.</summary>
    [Required]
    public string TurnFailed { get; set; } = "Sorry, something went wrong while handling your message. Please try again in a moment.";

    /// <summary>The error shown on the card when handling a card action threw.</summary>
    [Required]
    public string ActionFailed { get; set; } = "Sorry, the action could not be completed. Please try again in a moment.";

    /// <summary>The error shown for an invoke nobody handles.</summary>
    [Required]
    public string ActionNotImplemented { get; set; } = "This action is not available.";
}
