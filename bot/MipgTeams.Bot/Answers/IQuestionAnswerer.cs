using MipgTeams.Bot.Protocol;

namespace MipgTeams.Bot.Answers;

/// <summary>Answers a free-text message (anything that is not a command).</summary>
public interface IQuestionAnswerer
{
    Task AnswerAsync(ITurnContext turn, CancellationToken cancellationToken);
}
