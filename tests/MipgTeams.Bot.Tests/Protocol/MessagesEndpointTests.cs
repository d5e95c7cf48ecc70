using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace MipgTeams.Bot.Tests.Protocol;

public sealed class MessagesEndpointTests : BotHostTests
{
    [Fact]
    public async Task A_document_code_is_answered_through_the_connector_as_a_reply()
    {
        var message = Bot.Message("GLEGN02-P001");

        var response = await Bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Bot.Connector.Messages);
        Assert.Contains("GLEGN02-P001", Replies.Visible(reply), StringComparison.Ordinal);
        Assert.Contains("Versión: 4.0", Replies.Visible(reply), StringComparison.Ordinal);
        var path = Bot.Connector.Requests.Single(r => r.Method == "POST").Path;
        Assert.Equal($"/v3/conversations/a:personal-ana/activities/{message["id"]}", path);
        Assert.Equal("29:staff", reply["recipient"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_service_url_with_a_trailing_slash_works_like_one_without()
    {
        await Bot.PostAsync(Bot.Message("GLEGN02-F002", serviceUrl: Bot.Connector.ServiceUrl + "/"));
        Assert.Single(Bot.Connector.Messages);
        Assert.DoesNotContain(Bot.Connector.Requests, r => r.Path.StartsWith("//", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Expect_replies_returns_the_answer_in_the_response_and_calls_no_connector()
    {
        var replies = await Bot.AskAsync("glegn02-g001");

        var reply = Assert.Single(replies);
        Assert.Contains("Análisis de Impacto Normativo", Replies.Visible(reply), StringComparison.Ordinal);
        Assert.Empty(Bot.Connector.Requests);
    }

    [Fact]
    public async Task A_question_with_no_match_gets_a_helpful_spanish_reply_with_the_text_escaped()
    {
        var reply = Assert.Single(await Bot.AskAsync("**zzzz** <script>alert(1)</script> [x](http://malo)"));
        var text = Replies.Visible(reply);
        Assert.Contains("No encontré", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[x](http://malo)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bots_mention_is_removed_in_a_channel_before_the_text_is_understood()
    {
        var message = Bot.Message("<at>MipgTeams</at> GLEGN02-F002", "expectReplies");
        message["conversation"] = new JsonObject { ["id"] = "19:canal@thread.tacv2;messageid=1", ["conversationType"] = "channel", ["tenantId"] = BotHost.TenantId };
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>MipgTeams</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:" + BotHost.AppId, ["name"] = "MipgTeams" },
        });

        var response = await Bot.PostAsync(message);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("Memoria Justificativa", Replies.Visible(body["activities"]![0]!.AsObject()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_member_is_welcomed_in_spanish()
    {
        var update = Bot.Message("");
        update["type"] = "conversationUpdate";
        update.Remove("text");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:" + BotHost.AppId }, new JsonObject { ["id"] = "29:staff" });

        await Bot.PostAsync(update);

        var welcome = Assert.Single(Bot.Connector.Messages);
        Assert.Contains("Soy **MipgTeams**", welcome["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Solicitar un cambio", welcome["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_invoke_gets_a_proper_invoke_response()
    {
        var invoke = Bot.Message("");
        invoke["type"] = "invoke";
        invoke["name"] = "composeExtension/query";

        var response = await Bot.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal(501, body["statusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_card_action_with_an_unknown_verb_gets_an_error_card_response_not_a_500()
    {
        var invoke = Bot.Message("");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "no.existe", ["data"] = new JsonObject() } };

        var response = await Bot.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ya no está disponible", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("{}")]
    [InlineData("[\"cr.view\"]")]
    [InlineData("true")]
    public async Task A_card_action_whose_verb_is_not_text_gets_a_clear_answer_not_a_failure(string verb)
    {
        var invoke = Bot.Message("");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = JsonNode.Parse($"{{\"action\":{{\"type\":\"Action.Execute\",\"verb\":{verb}}}}}");
        var submit = Bot.Message("", "expectReplies"); // Action.Submit of older clients: a message with a value and no text
        submit["value"] = JsonNode.Parse($"{{\"verb\":{verb}}}");

        var response = JsonNode.Parse(await (await Bot.PostAsync(invoke)).Content.ReadAsStringAsync())!;
        var reply = Assert.Single(JsonNode.Parse(await (await Bot.PostAsync(submit)).Content.ReadAsStringAsync())!["activities"]!.AsArray())!;

        Assert.Equal(400, response["statusCode"]!.GetValue<int>());
        Assert.DoesNotContain("algo salió mal", reply.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[{\"type\":\"mention\",\"mentioned\":\"x\",\"text\":\"a\"}]")]
    [InlineData("[{\"type\":5}]")]
    [InlineData("[{\"type\":\"mention\",\"mentioned\":{\"id\":5},\"text\":\"<at>MipgTeams</at>\"}]")]
    [InlineData("[{\"type\":\"mention\",\"mentioned\":{\"id\":\"28:00000000-0000-0000-0000-00000000b07a\"},\"text\":5}]")]
    [InlineData("[null, 7, \"mention\"]")]
    public async Task Malformed_mention_entities_are_no_mention_and_the_question_is_answered(string entities)
    {
        var message = Bot.Message("<at>MipgTeams</at>&nbsp;GLEGN02-P001", "expectReplies");
        message["entities"] = JsonNode.Parse(entities);

        var response = await Bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("GLEGN02-P001", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_entries_in_the_member_lists_are_ignored()
    {
        var update = Bot.Message("");
        update["type"] = "conversationUpdate";
        update.Remove("text");
        update["membersAdded"] = JsonNode.Parse("[null, {\"id\": \"29:staff\"}]");
        update["membersRemoved"] = JsonNode.Parse("[null]");

        await Bot.PostAsync(update);

        var welcome = Assert.Single(Bot.Connector.Messages);
        Assert.Contains("Soy **MipgTeams**", welcome["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\":")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"type\":\"message\",\"text\":\"hola\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"javascript:alert(1)\"}")]
    [InlineData("null")]
    [InlineData("{\"type\":\"message\",\"text\":\"hola\",\"serviceUrl\":\"https://smba.trafficmanager.net/amer/\"}")]
    public async Task A_malformed_activity_gets_400_with_a_short_reason_and_the_bot_keeps_serving(string body)
    {
        var response = await Bot.Client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]);
        Assert.Single(await Bot.AskAsync("GLEGN02-P001"));
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var message = Bot.Message(new string('a', 300 * 1024));
        var response = await Bot.PostAsync(message);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Other_activity_types_are_acknowledged_and_ignored()
    {
        var reaction = Bot.Message("");
        reaction["type"] = "messageReaction";
        var response = await Bot.PostAsync(reaction);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Bot.Connector.Requests);
    }

    [Fact]
    public async Task Every_conversation_and_person_seen_is_remembered_for_proactive_messages()
    {
        await Bot.AskAsync("ayuda");
        await using var db = Bot.Demo.Store.CreateDbContext();
        var reference = Assert.Single(db.ConversationReferences);
        Assert.Equal("a:personal-ana", reference.ConversationId);
        Assert.Equal("aaaaaaaa-0000-0000-0000-000000000001", reference.UserAadObjectId);
        Assert.Equal(Bot.Connector.ServiceUrl, reference.ServiceUrl);
    }
}
