using MipgTeams.Bot.Protocol;

namespace MipgTeams.Bot.Conversation;

/// <summary>A command the bot recognises in a message ("ayuda", "mis solicitudes"…). Commands are tried before a free-text question.</summary>
public interface IMessageCommand
{
    /// <summary>True when <paramref name="folded"/> (lower case, no accents, trimmed) asks for this command.</summary>
    bool Matches(string folded);

    /// <summary>
    /// True when the answer is the person's own business or the quality team's (their requests, their pending
    /// decisions, the unanswered questions…): asked in a channel or group chat, it goes to their 1:1 chat instead.
    /// </summary>
    bool AnswersPrivately => false;

    Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken);
}
