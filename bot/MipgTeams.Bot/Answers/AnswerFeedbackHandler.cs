using MipgTeams.Bot.Protocol;
using MipgTeams.Store;
using MipgTeams.Store.Questions;

namespace MipgTeams.Bot.Answers;

/// <summary>
/// "¿Te sirvió?" and "Enviar mi pregunta al equipo de calidad". A question holds one rating, the person's latest (they
/// may change their mind), attributed to the person who clicked (the invoke's identity, never the card's data); a
/// question recorded as someone else's cannot be rated or escalated by another person.
/// </summary>
internal sealed class AnswerFeedbackHandler(IDbContextFactory<MipgDbContext> dbFactory, IQualityTeamNotifier notifier, QuestionRecorder recorder, TimeProvider time)
    : IInvokeHandler
{
    public bool CanHandle(string verb) => verb is AnswerCard.FeedbackVerb or AnswerCard.EscalateVerb;

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(action.GetString("questionId"), out var questionId))
        {
            return InvokeResponse.Error(400, "BadRequest", "La tarjeta no indica a qué pregunta se refiere.");
        }
        var helpful = action.GetBoolean("helpful");
        if (action.Verb == AnswerCard.FeedbackVerb && helpful is null)
        {
            return InvokeResponse.Error(400, "BadRequest", "La tarjeta no dice si la respuesta te sirvió; usa los botones 👍 o 👎.");
        }
        await recorder.FlushAsync(cancellationToken); // an unanswered question may still be on its way to the store
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var asker = turn.Activity.From?.AadObjectId;
        var question = await db.Questions.FirstOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        if (question is not null && question.UserAadObjectId is not null && !string.Equals(question.UserAadObjectId, asker, StringComparison.OrdinalIgnoreCase))
        {
            return InvokeResponse.Error(403, "Forbidden", action.Verb == AnswerCard.FeedbackVerb
                ? "Solo quien hizo la pregunta puede calificar la respuesta."
                : "Solo quien hizo la pregunta puede enviarla al equipo de calidad.");
        }
        if (question is null)
        {
            var text = action.GetString("question");
            if (string.IsNullOrWhiteSpace(text))
            {
                return InvokeResponse.Error(404, "NotFound", "No encontré esa pregunta; vuelve a escribirla, por favor.");
            }
            question = new QuestionLog
            {
                Id = questionId,
                AskedAt = time.GetUtcNow(),
                UserAadObjectId = asker,
                UserName = turn.Activity.From?.Name,
                Question = UserText.Cap(text),
                Answered = action.Verb == AnswerCard.FeedbackVerb,
                TopDocumentCode = action.GetString("top") is { Length: <= 32 } top ? top : null,
            };
            db.Questions.Add(question);
        }
        if (action.Verb == AnswerCard.FeedbackVerb)
        {
            question.Helpful = helpful;
            await SaveAsync(db, cancellationToken);
            return InvokeResponse.Message(question.Helpful == true
                ? "¡Gracias! Me alegra haberte ayudado."
                : "Gracias por contarnos. El equipo de calidad revisa las preguntas sin buena respuesta para mejorar la documentación.");
        }
        if (!question.SentToQualityTeam)
        {
            question.SentToQualityTeam = true;
            await notifier.NotifyUnansweredAsync(db, question, cancellationToken);
            await SaveAsync(db, cancellationToken);
        }
        return InvokeResponse.Message("Listo: envié tu pregunta al equipo de calidad. Te responderán por este medio o por correo.");
    }

    private static async Task SaveAsync(MipgDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double click rated the same question twice at once; the first one counts.
        }
    }
}
