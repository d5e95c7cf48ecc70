using Microsoft.EntityFrameworkCore;
using MipgTeams.Bot.Conversation;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;

namespace MipgTeams.Bot.Answers;

/// <summary>"¿Te sirvió?" and "Enviar mi pregunta al equipo de calidad": recorded on the question, by the person who asked it only.</summary>
internal sealed class AnswerFeedbackHandler(IDbContextFactory<MipgDbContext> dbFactory, IQualityTeamNotifier notifier) : IInvokeHandler
{
    public bool CanHandle(string verb) => verb is AnswerCard.FeedbackVerb or AnswerCard.EscalateVerb;

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (!long.TryParse(action.GetString("questionId"), out var questionId))
        {
            return InvokeResponse.Error(400, "BadRequest", "La tarjeta no indica a qué pregunta se refiere.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var question = await db.Questions.FirstOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        var asker = turn.Activity.From?.AadObjectId;
        if (question is null || (question.UserAadObjectId is not null && !string.Equals(question.UserAadObjectId, asker, StringComparison.OrdinalIgnoreCase)))
        {
            return InvokeResponse.Error(403, "Forbidden", "Solo quien hizo la pregunta puede calificar la respuesta.");
        }
        if (action.Verb == AnswerCard.FeedbackVerb)
        {
            question.Helpful = action.Data["helpful"]?.GetValueKind() == System.Text.Json.JsonValueKind.True
                || string.Equals(action.GetString("helpful"), "true", StringComparison.OrdinalIgnoreCase);
            await db.SaveChangesAsync(cancellationToken);
            return InvokeResponse.Message(question.Helpful == true
                ? "¡Gracias! Me alegra haberte ayudado."
                : "Gracias por contarnos. El equipo de calidad revisa las preguntas sin buena respuesta para mejorar la documentación.");
        }
        if (!question.SentToQualityTeam)
        {
            question.SentToQualityTeam = true;
            await notifier.NotifyUnansweredAsync(db, question, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        return InvokeResponse.Message("Listo: envié tu pregunta al equipo de calidad. Te responderán por este medio o por correo.");
    }
}
