using MipgTeams.Domain;

namespace MipgTeams.Bot.Conversation;

/// <summary>
/// What commands are matched on: folded (lower case, no accents), without Spanish opening marks or closing punctuation
/// ("¡Enviar recordatorios!" is "enviar recordatorios"); a lone "?" stays "?", which asks for help. One place, so a
/// command that looks at the text again sees what it was matched on.
/// </summary>
public static class CommandText
{
    public static string Of(string text)
    {
        var folded = TextFolding.Fold(text).Trim().TrimStart('¿', '¡', ' ').TrimEnd('.', '!', '?', ' ');
        return folded.Length == 0 ? "?" : folded;
    }
}
