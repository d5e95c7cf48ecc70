using MipgTeams.Bot.Protocol;

namespace MipgTeams.Bot.Conversation;

/// <summary>A command the bot recognises in a message ("ayuda", "mis solicitudes"…). Commands are tried before a free-text question.</summary>
public interface IMessageCommand
{
    /// <summary>True when <paramref name="folded"/> (lower case, no accents, trimmed) asks for this command.</summary>
    bool Matches(string folded);

    Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken);
}
