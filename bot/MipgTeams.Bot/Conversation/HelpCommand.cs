using MipgTeams.Bot.Protocol;

namespace MipgTeams.Bot.Conversation;

internal sealed class HelpCommand : IMessageCommand
{
    public bool Matches(string folded) => folded is "ayuda" or "help" or "?" or "menu" or "hola" or "buenos dias" or "buenas tardes" or "que puedes hacer";

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.ReplyAsync(WelcomeMessage.Text, cancellationToken);
}
