using MipgTeams.Bot.Protocol;
using MipgTeams.Search.Answers;
using MipgTeams.Store.Questions;

namespace MipgTeams.Bot.Answers;

/// <summary>
/// Answers free text with the answer engine, as a card with a plain-text fallback. Every question with something to search
/// is recorded, answered or not (the office's indicators count asked, answered and unanswered ones), off the hot path:
/// batched by <see cref="QuestionRecorder"/>, so answering never waits on a database write. The card carries the question
/// too, so a rating still finds or recreates its row if the batch was lost with the process.
/// </summary>
internal sealed class SearchAnswerer(AnswerEngine engine, QuestionRecorder recorder, TimeProvider time) : IQuestionAnswerer
{
    public async Task AnswerAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var question = QuestionText.From(turn.Text);
        var answer = engine.Answer(question);
        var questionId = Guid.CreateVersion7(time.GetUtcNow());
        if (answer.Kind != AnswerKind.Empty)
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
