using Microsoft.EntityFrameworkCore;
using MipgTeams.Bot.Conversation;
using MipgTeams.Bot.Protocol;
using MipgTeams.Search.Answers;
using MipgTeams.Store;
using MipgTeams.Store.Questions;

namespace MipgTeams.Bot.Answers;

/// <summary>Answers free text with the answer engine, as a card with a plain-text fallback, and records the question.</summary>
internal sealed class SearchAnswerer(AnswerEngine engine, IDbContextFactory<MipgDbContext> dbFactory, TimeProvider time) : IQuestionAnswerer
{
    public async Task AnswerAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var question = UserText.Cap(turn.Text);
        var answer = engine.Answer(question);
        var questionId = answer.Kind == AnswerKind.Empty ? 0 : await RecordAsync(turn, question, answer, cancellationToken);
        var reply = turn.Activity.CreateReply();
        reply.Summary = AnswerCard.PlainText(answer);
        reply.Attachments = [Attachment.AdaptiveCard(AnswerCard.Render(answer, questionId))];
        await turn.SendActivityAsync(reply, cancellationToken);
    }

    private async Task<long> RecordAsync(ITurnContext turn, string question, Answer answer, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var log = new QuestionLog
        {
            AskedAt = time.GetUtcNow(),
            UserAadObjectId = turn.Activity.From?.AadObjectId,
            UserName = turn.Activity.From?.Name,
            Question = question,
            Answered = answer.IsAnswered,
            TopDocumentCode = answer.Best?.Document.Code,
        };
        db.Questions.Add(log);
        await db.SaveChangesAsync(cancellationToken);
        return log.Id;
    }
}
