using MipgTeams.Bot.Outbox;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;
using MipgTeams.Store.Questions;

namespace MipgTeams.Bot.Answers;

/// <summary>Sends an unanswered question to the quality coordinator's 1:1 chat through the outbox.</summary>
internal sealed class OutboxQualityTeamNotifier(IOutbox outbox) : IQualityTeamNotifier
{
    public async Task NotifyUnansweredAsync(MipgDbContext db, QuestionLog question, CancellationToken cancellationToken)
    {
        var team = await db.ActiveQualityTeamAsync(cancellationToken);
        var coordinator = team.FirstOrDefault(m => m.IsCoordinator && m.Person.EntraObjectId is not null) ?? team.FirstOrDefault(m => m.Person.EntraObjectId is not null);
        if (coordinator is null)
        {
            return;
        }
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            TextFormat = "markdown",
            Locale = "es-CO",
            Text = $"📩 {UserText.Escape(question.UserName ?? "Un servidor")} preguntó algo que la documentación no respondió: «{UserText.Escape(question.Question, 300)}». " +
                   "Escribe \"preguntas sin respuesta\" para ver las demás.",
        };
        outbox.ToPerson(db, $"unanswered:{question.Id:N}", coordinator.Person.EntraObjectId!, message);
    }
}
