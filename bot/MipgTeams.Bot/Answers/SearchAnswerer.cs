using MipgTeams.Bot.Protocol;
using MipgTeams.Search.Answers;
using MipgTeams.Store.Questions;

namespace MipgTeams.Bot.Answers;

/// <summary>
/// Answers free text with the answer engine, as a card with a plain-text fallback. Unanswered questions are recorded off
/// the hot path (batched by <see cref="QuestionRecorder"/>); an answered one is recorded only if the person says it did not
/// help (the card carries what is needed), so answering never waits on a database write.
/// </summary>
internal sealed class SearchAnswerer(AnswerEngine engine, QuestionRecorder recorder, TimeProvider time) : IQuestionAnswerer
{
    public async Task AnswerAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var question = QuestionText.From(turn.Text);
        var answer = engine.Answer(question);
        var questionId = Guid.CreateVersion7(time.GetUtcNow());
        if (answer.Kind == AnswerKind.NoMatch)
        {
            recorder.Record(new QuestionLog
            {
                Id = questionId,
                AskedAt = time.GetUtcNow(),
                UserAadObjectId = turn.Activity.From?.AadObjectId,
                UserName = turn.Activity.From?.Name,
                Question = question,
                Answered = answer.IsAnswered,
                TopDocumentCode = answer.Best?.Document.Code,
            });
        }
        var reply = turn.Activity.CreateReply();
        reply.Summary = AnswerCard.PlainText(answer);
        reply.Attachments = [Attachment.AdaptiveCard(AnswerCard.Render(answer, questionId, question))];
        await turn.SendActivityAsync(reply, cancellationToken);
    }
}
