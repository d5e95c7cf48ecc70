using System.Globalization;
using System.Text;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;

namespace MipgTeams.Bot.Answers;

/// <summary>"preguntas sin respuesta": for the quality team, the recent questions the documentation did not answer well.</summary>
internal sealed class UnansweredQuestionsCommand(IDbContextFactory<MipgDbContext> dbFactory) : IMessageCommand
{
    private const int Shown = 20;

    public bool AnswersPrivately => true;

    public bool Matches(string folded) => folded is "preguntas sin respuesta" or "preguntas sin responder" or "sin respuesta";

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var objectId = turn.Activity.From?.AadObjectId;
        var member = await db.IsActiveQualityMemberAsync(objectId, cancellationToken);
        if (!member)
        {
            await turn.ReplyAsync("Esta consulta es para el equipo de calidad.", cancellationToken);
            return;
        }
        var questions = (await db.Questions.AsNoTracking().Where(q => !q.Answered || q.Helpful == false || q.SentToQualityTeam).ToListAsync(cancellationToken))
            .OrderByDescending(q => q.AskedAt).Take(Shown).ToList();
        if (questions.Count == 0)
        {
            await turn.ReplyAsync("No hay preguntas sin respuesta. 🎉", cancellationToken);
            return;
        }
        var text = new StringBuilder($"Últimas {questions.Count} preguntas sin buena respuesta:\n\n");
        foreach (var q in questions)
        {
            var why = !q.Answered ? "sin respuesta" : q.Helpful == false ? "no le sirvió" : "enviada al equipo";
            text.Append(CultureInfo.InvariantCulture, $"- {q.AskedAt:yyyy-MM-dd} · «{UserText.Escape(q.Question)}» ({why})\n");
        }
        await turn.ReplyAsync(text.ToString(), cancellationToken);
    }
}
