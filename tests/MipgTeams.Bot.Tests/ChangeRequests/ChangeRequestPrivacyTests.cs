using MipgTeams.Domain.ChangeRequests;
using static MipgTeams.Bot.Tests.ChangeRequests.ChangeRequestScenario;

namespace MipgTeams.Bot.Tests.ChangeRequests;

/// <summary>Who sees what of a request: outsiders with forwarded or forged cards, and personal answers asked in shared chats.</summary>
public sealed class ChangeRequestPrivacyTests : ChangeRequestTests
{
    private static JsonObject WithVerb(JsonObject action, string verb)
    {
        action["verb"] = verb;
        return action;
    }

    [Fact]
    public async Task Someone_outside_the_request_learns_nothing_of_it_from_any_button()
    {
        var card = await Scenario.SubmitForTheLeadersCardAsync();
        await Scenario.ClickAsync(card, "cr.reject", Andrea, comment: "Comentario interno del líder");
        var returned = await Scenario.CardForAsync(Ana);

        var answers = new[]
        {
            await Scenario.ClickAsync(card, "cr.approve", Intruso),
            await Scenario.Bot.ClickAsync(WithVerb(Action(card, "cr.approve"), "cr.cancel"), aadObjectId: Intruso),
            await Scenario.Bot.ClickAsync(WithVerb(Action(returned, "cr.resubmit"), "cr.cancel"), aadObjectId: Intruso),
            await Scenario.ClickAsync(returned, "cr.resubmit", Intruso),
            await Scenario.Bot.ClickAsync(WithVerb(Action(returned, "cr.resubmit"), "cr.view"), aadObjectId: Intruso),
            await Scenario.Bot.ClickAsync(WithVerb(Action(returned, "cr.resubmit"), "cr.approve"), aadObjectId: Intruso),
        };

        foreach (var answer in answers)
        {
            Assert.Equal("application/vnd.microsoft.error", answer["type"]!.GetValue<string>());
            var text = Visible(answer);
            Assert.DoesNotContain("paso 4", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Decreto 1081", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Comentario interno", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Devuelta", text, StringComparison.Ordinal); // not even its state
        }
        var request = await Scenario.RequestAsync();
        Assert.Equal(ChangeRequestStatus.Returned, request.Status);
        Assert.Equal(2, request.Events.Count);
    }

    [Fact]
    public async Task Corrections_are_only_checked_for_the_requester_of_a_returned_request()
    {
        var card = await Scenario.SubmitForTheLeadersCardAsync();
        var resubmit = WithVerb(Action(card, "cr.approve"), "cr.resubmit");
        resubmit["data"]!["description"] = "";

        var answer = await Scenario.Bot.ClickAsync(resubmit, aadObjectId: Ana);

        Assert.Contains("reenviar", Visible(answer), StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Text", CardOf(answer).ToJsonString(), StringComparison.Ordinal); // her request, not a form to correct
        Assert.Equal(ChangeRequestStatus.PendingLeader, (await Scenario.RequestAsync()).Status);
    }

    [Theory]
    [InlineData("groupChat", "19:grupo@thread.v2")]
    [InlineData("channel", "19:canal@thread.tacv2;messageid=7")]
    public async Task Pending_decisions_asked_in_a_shared_chat_are_answered_in_the_persons_own_chat(string type, string conversationId)
    {
        await Scenario.SubmitAsync();
        var message = Bot.Message("<at>MipgTeams</at> pendientes", "expectReplies");
        message["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = type, ["tenantId"] = BotHost.TenantId };
        message["from"]!["aadObjectId"] = Andrea;

        var response = JsonNode.Parse(await (await Bot.PostAsync(message)).Content.ReadAsStringAsync())!;

        var shared = Replies.Visible(Assert.Single(response["activities"]!.AsArray())!.AsObject());
        Assert.Contains("Te respondí en nuestro chat personal", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("#1", shared, StringComparison.Ordinal);
        var own = Assert.Single(await Scenario.OutboxAsync(), m => m.Key.StartsWith("private:", StringComparison.Ordinal));
        Assert.Equal(Andrea, own.RecipientAadObjectId);
        Assert.Contains("#1", own.ActivityJson, StringComparison.Ordinal);
        Assert.DoesNotContain(conversationId, own.ActivityJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_in_a_shared_chat_is_answered_there()
    {
        var message = Bot.Message("ayuda", "expectReplies");
        message["conversation"] = new JsonObject { ["id"] = "19:grupo@thread.v2", ["conversationType"] = "groupChat", ["tenantId"] = BotHost.TenantId };

        var response = JsonNode.Parse(await (await Bot.PostAsync(message)).Content.ReadAsStringAsync())!;

        Assert.Contains("Soy **MipgTeams**", response.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(await Scenario.OutboxAsync(), m => m.Key.StartsWith("private:", StringComparison.Ordinal));
    }
}
