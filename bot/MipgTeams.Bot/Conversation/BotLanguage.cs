using MipgTeams.Bot.Protocol;

namespace MipgTeams.Bot.Conversation;

/// <summary>
/// The bot's language: every word a person reads is Spanish (Colombia). The protocol speaks none of its own; it gets
/// these words and the locale of the bot's messages here, when the bot registers it.
/// </summary>
internal static class BotLanguage
{
    public const string Locale = "es-CO";

    public static void Configure(ProtocolTexts texts)
    {
        texts.Locale = Locale;
        texts.TurnFailed = "Lo siento, algo salió mal al procesar tu mensaje. Intenta de nuevo en un momento.";
        texts.ActionFailed = "Lo siento, no pude completar la acción. Intenta de nuevo en un momento.";
        texts.ActionNotImplemented = "Esta acción no está disponible en MipgTeams.";
    }
}
