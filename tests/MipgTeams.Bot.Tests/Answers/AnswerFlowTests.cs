using MipgTeams.Bot.Answers;

namespace MipgTeams.Bot.Tests.Answers;

public sealed class AnswerFlowTests : BotHostTests
{
    private const string Coordinator = "5f0c1a10-0000-4000-8000-000000000020";

    [Fact]
    public async Task An_answer_is_an_adaptive_card_with_the_document_an_open_button_the_passage_and_feedback()
    {
        var reply = Assert.Single(await Bot.AskAsync("cuantos dias tengo para responder una peticion"));
        var card = Replies.Card(reply);

        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var visible = Replies.Visible(reply);
        Assert.Contains("MSCIU01-P001", visible, StringComparison.Ordinal);
        Assert.Contains("quince (15) días hábiles", visible, StringComparison.Ordinal);
        Assert.Contains("\"Action.OpenUrl\"", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("http://localhost:3978/biblioteca/", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, Replies.Actions(card).Count(a => a["verb"]!.GetValue<string>() == AnswerCard.FeedbackVerb));
        Assert.Contains("MSCIU01-P001", reply["summary"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_that_does_not_exist_is_said_so_in_card_and_text_with_the_offer_to_ask_the_quality_team()
    {
        var reply = Assert.Single(await Bot.AskAsync("GLEGN02-P999"));

        var visible = Replies.Visible(reply);
        Assert.Contains("No encontré el código GLEGN02-P999 en la biblioteca.", visible, StringComparison.Ordinal);
        Assert.Contains("Quizá buscas", reply["summary"]?.GetValue<string>() ?? visible, StringComparison.Ordinal);
        Assert.Contains(Replies.Actions(Replies.Card(reply)), a => a["title"]!.GetValue<string>().Contains("equipo de calidad", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("👍👍")]
    [InlineData("pregunta:")]
    [InlineData("de la el")]
    public async Task Nothing_understood_offers_no_button_to_send_the_question_which_is_not_stored(string text)
    {
        var reply = Assert.Single(await Bot.AskAsync(text));

        Assert.Contains("No entendí la pregunta", Replies.Visible(reply), StringComparison.Ordinal);
        Assert.Empty(Replies.Actions(Replies.Card(reply)));
    }

    [Theory]
    [InlineData("quien lidera el proceso de gestion documental?")]
    [InlineData("preguntar quien lidera el proceso de gestion documental?")] // «Preguntar» from the command menu, then the question
    public async Task Who_leads_a_process_is_answered_from_the_processes_list(string text)
    {
        var reply = Assert.Single(await Bot.AskAsync(text));
        Assert.Contains("José Carlos Puello", Replies.Visible(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preguntar_from_the_command_menu_alone_asks_for_the_question_and_logs_nothing()
    {
        var reply = Assert.Single(await Bot.AskAsync("Preguntar"));

        Assert.Contains("¿Qué quieres saber?", Replies.Visible(reply), StringComparison.Ordinal);
        await using var db = Bot.Demo.Store.CreateDbContext();
        Assert.Equal(0, await db.Questions.CountAsync());
    }

    [Fact]
    public async Task An_unhelpful_answer_is_recorded_and_the_quality_team_can_list_it()
    {
        var reply = Assert.Single(await Bot.AskAsync("formato de vacaciones"));
        var no = Replies.Actions(Replies.Card(reply)).Single(a => a["data"]!["helpful"]!.GetValue<bool>() == false);

        var response = await Bot.ClickAsync(no);

        Assert.Contains("Gracias por contarnos", response["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var list = Assert.Single(await Bot.AskAsync("preguntas sin respuesta", aadObjectId: Coordinator));
        Assert.Contains("formato de vacaciones", Replies.Visible(list), StringComparison.Ordinal);
        Assert.Contains("no le sirvió", Replies.Visible(list), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_quality_team_sees_the_unanswered_questions()
    {
        var reply = Assert.Single(await Bot.AskAsync("preguntas sin respuesta"));
        Assert.Contains("equipo de calidad", Replies.Visible(reply), StringComparison.Ordinal);
        Assert.DoesNotContain("Últimas", Replies.Visible(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unanswered_question_can_be_sent_to_the_quality_coordinator()
    {
        var reply = Assert.Single(await Bot.AskAsync("xylofono cuantico intergalactico"));
        var escalate = Replies.Actions(Replies.Card(reply)).Single(a => a["verb"]!.GetValue<string>() == AnswerCard.EscalateVerb);

        var response = await Bot.ClickAsync(escalate);

        Assert.Contains("envié tu pregunta al equipo de calidad", response["value"]!.GetValue<string>(), StringComparison.Ordinal);
        await using var db = Bot.Demo.Store.CreateDbContext();
        var message = await db.Outbox.SingleAsync();
        Assert.Equal(Coordinator, message.RecipientAadObjectId);
        Assert.Contains("xylofono", message.ActivityJson, StringComparison.Ordinal);
        var question = await db.Questions.SingleAsync();
        Assert.False(question.Answered);
        Assert.True(question.SentToQualityTeam);
    }

    [Fact]
    public async Task Someone_else_cannot_rate_or_escalate_another_persons_question()
    {
        var reply = Assert.Single(await Bot.AskAsync("xylofono cuantico intergalactico"));
        var escalate = Replies.Actions(Replies.Card(reply)).Single(a => a["verb"]!.GetValue<string>() == AnswerCard.EscalateVerb);

        var response = await Bot.ClickAsync(escalate, aadObjectId: "cccccccc-0000-0000-0000-000000000003", userId: "29:intruso");

        Assert.Equal("application/vnd.microsoft.error", response["type"]!.GetValue<string>());
        await using var db = Bot.Demo.Store.CreateDbContext();
        Assert.Empty(db.Outbox);
    }

    [Fact]
    public async Task A_rating_without_thumbs_is_refused_and_a_later_thumb_replaces_the_earlier_one()
    {
        var reply = Assert.Single(await Bot.AskAsync("formato memoria justificativa"));
        var ratings = Replies.Actions(Replies.Card(reply)).Where(a => a["verb"]!.GetValue<string>() == AnswerCard.FeedbackVerb).ToList();
        var up = ratings.Single(a => a["data"]!["helpful"]!.GetValue<bool>());
        var down = ratings.Single(a => !a["data"]!["helpful"]!.GetValue<bool>());
        var blank = up.DeepClone().AsObject();
        blank["data"]!.AsObject().Remove("helpful");

        var refused = await Bot.ClickAsync(blank);
        await Bot.ClickAsync(down);
        await Bot.ClickAsync(up);

        Assert.Equal("application/vnd.microsoft.error", refused["type"]!.GetValue<string>());
        await using var db = Bot.Demo.Store.CreateDbContext();
        Assert.True((await db.Questions.SingleAsync()).Helpful);
    }

    [Fact]
    public async Task A_changed_document_shows_in_answers_after_the_sync_that_saw_it()
    {
        File.Delete(Directory.GetFiles(Path.Combine(Bot.Demo.Folder, "library"), "GINFD01-F001*", SearchOption.AllDirectories).Single());
        await Bot.Demo.SyncAsync();
        await Bot.Services.GetRequiredService<MipgTeams.Search.Index.IndexUpdater>().CatchUpAsync();

        var reply = Assert.Single(await Bot.AskAsync("formato unico de inventario documental"));
        Assert.False(reply["summary"]!.GetValue<string>().StartsWith("GINFD01-F001", StringComparison.Ordinal));
    }
}
