using System.Net;
using MipgTeams.Bot.Answers;
using MipgTeams.Bot.Cards;
using MipgTeams.Bot.Conversation;

namespace MipgTeams.Bot.Tests.Protocol;

/// <summary>What the protocol does around a feature's work: typing, invoke responses, failures, installation events.</summary>
public sealed class TurnTests
{
    [Fact]
    public async Task A_slow_answer_shows_the_typing_indicator_first()
    {
        var time = new TimerWatchingTimeProvider();
        var answerer = new ControlledAnswerer();
        await using var bot = await BotHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(time).AddSingleton<IQuestionAnswerer>(answerer));
        answerer.Armed = true; // the start-up warm-up's turns have passed through

        var post = bot.PostAsync(bot.Message("¿dónde está el formato de viáticos?"));
        await answerer.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await time.TimerStartedAsync(TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(1));
        await bot.Connector.ActivityCallsAsync(1);
        answerer.Release.SetResult();

        Assert.Equal(HttpStatusCode.OK, (await post).StatusCode);
        Assert.Equal(["typing", "message"], bot.Connector.Posted.Select(a => a["type"]!.GetValue<string>()));
        var typing = bot.Connector.Posted[0];
        Assert.Null(typing["replyToId"]);
        Assert.Equal("29:staff", typing["recipient"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_quick_answer_sends_no_typing_indicator()
    {
        // On fake time the answer comes before the typing delay however busy the machine is (on real time a loaded
        // test run once took longer than the delay).
        var time = new TimerWatchingTimeProvider();
        await using var bot = await BotHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(time));

        await bot.PostAsync(bot.Message("GLEGN02-P001"));

        Assert.Equal(["message"], bot.Connector.Posted.Select(a => a["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_card_action_is_answered_by_the_feature_that_owns_its_verb_with_the_clickers_identity()
    {
        await using var bot = await BotHost.StartAsync(services: s => s.AddSingleton<IInvokeHandler, EchoHandler>());

        var response = await bot.ClickAsync(new JsonObject { ["verb"] = "test.echo", ["data"] = new JsonObject { ["id"] = 7 } }, aadObjectId: "cccccccc-0000-0000-0000-000000000003");

        Assert.Equal(200, response["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        Assert.Equal("cccccccc-0000-0000-0000-000000000003 pidió 7", response["value"]!["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_card_action_that_fails_gets_an_error_response_not_a_500()
    {
        await using var bot = await BotHost.StartAsync(services: s => s.AddSingleton<IInvokeHandler, EchoHandler>());

        var response = await bot.ClickAsync(new JsonObject { ["verb"] = "test.boom", ["data"] = new JsonObject() });

        Assert.Equal("application/vnd.microsoft.error", response["type"]!.GetValue<string>());
        Assert.Equal(500, response["statusCode"]!.GetValue<int>());
        Assert.Contains("no pude completar", response["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_whose_answer_fails_gets_an_apology_and_the_bot_keeps_serving()
    {
        var answerer = new ControlledAnswerer();
        answerer.Release.SetException(new InvalidOperationException("index broken"));
        await using var bot = await BotHost.StartAsync(services: s => s.AddSingleton<IQuestionAnswerer>(answerer));
        answerer.Armed = true;

        var response = await bot.PostAsync(bot.Message("¿qué es el MIPG?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Lo siento", Assert.Single(bot.Connector.Messages)["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(await bot.AskAsync("ayuda"));
    }

    [Theory]
    [InlineData("¿Qué puedes hacer?", "Soy **MipgTeams**")]
    [InlineData("?", "Soy **MipgTeams**")]
    [InlineData("¡Ayuda!", "Soy **MipgTeams**")]
    [InlineData("¿qué tengo pendiente?", "No tienes solicitudes pendientes")]
    public async Task Commands_are_recognised_with_spanish_opening_marks_and_closing_punctuation(string text, string expected)
    {
        await using var bot = await BotHost.StartAsync();

        var reply = Assert.Single(await bot.AskAsync(text));

        Assert.Contains(expected, reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_without_text_gets_a_hint_not_silence()
    {
        await using var bot = await BotHost.StartAsync();

        var reply = Assert.Single(await bot.AskAsync(""));

        Assert.Contains("No recibí texto", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_old_client_submitting_a_card_gets_the_new_card_in_place_of_the_clicked_one()
    {
        await using var bot = await BotHost.StartAsync(services: s => s.AddSingleton<IInvokeHandler, EchoHandler>());
        var submit = bot.Message("");
        submit.Remove("text");
        submit["replyToId"] = "card-1";
        submit["value"] = new JsonObject { ["verb"] = "test.echo", ["id"] = "7" };

        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(submit)).StatusCode);

        // A slow machine may show a typing indicator first; the card update is the one PUT.
        var put = Assert.Single(bot.Connector.Requests, r => r.Method == "PUT");
        Assert.Equal("/v3/conversations/a:personal-ana/activities/card-1", put.Path);
        Assert.Equal("aaaaaaaa-0000-0000-0000-000000000001 pidió 7", Replies.Card(JsonNode.Parse(put.Body!)!.AsObject())["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_old_client_submitting_an_unknown_action_is_told_so_in_words()
    {
        await using var bot = await BotHost.StartAsync();
        var submit = bot.Message("", "expectReplies");
        submit.Remove("text");
        submit["value"] = new JsonObject { ["verb"] = "no.existe" };

        var response = JsonNode.Parse(await (await bot.PostAsync(submit)).Content.ReadAsStringAsync())!;

        Assert.Contains("ya no está disponible", response["activities"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("installationUpdate", "add")]
    [InlineData("installationUpdate", "remove")]
    [InlineData("messageUpdate", null)]
    [InlineData("messageDelete", null)]
    [InlineData("event", null)]
    [InlineData("somethingNew", null)]
    public async Task Activities_the_bot_does_not_act_on_are_acknowledged_quietly(string type, string? action)
    {
        await using var bot = await BotHost.StartAsync();
        var activity = bot.Message("");
        activity["type"] = type;
        activity["action"] = action;

        var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }

    private sealed class ControlledAnswerer : IQuestionAnswerer
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public bool Armed { get; set; }

        public async Task AnswerAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            if (Armed)
            {
                Entered.TrySetResult();
                await Release.Task;
            }
            await turn.SendActivityAsync(turn.Activity.CreateReply("Aquí está."), cancellationToken);
        }
    }

    private sealed class EchoHandler : IInvokeHandler
    {
        public bool CanHandle(string verb) => verb.StartsWith("test.", StringComparison.Ordinal);

        public Task<InvokeResponse> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken) => action.Verb == "test.boom"
            ? throw new InvalidOperationException("boom")
            : Task.FromResult(InvokeResponse.Card(AdaptiveCard.Create("eco", AdaptiveCard.Text($"{turn.Activity.From?.AadObjectId} pidió {action.GetString("id")}"))));
    }
}
