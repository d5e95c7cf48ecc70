using MipgTeams.Store;
using MipgTeams.Store.Questions;

namespace MipgTeams.Bot.Answers;

/// <summary>Tells the quality team about a question the documentation could not answer (through the outbox, in the caller's transaction).</summary>
public interface IQualityTeamNotifier
{
    Task NotifyUnansweredAsync(MipgDbContext db, QuestionLog question, CancellationToken cancellationToken);
}
