using static MipgTeams.Bot.Tests.ChangeRequests.ChangeRequestScenario;

namespace MipgTeams.Bot.Tests.ChangeRequests;

public sealed class ChangeRequestListsTests : ChangeRequestTests
{
    [Fact]
    public async Task Mis_solicitudes_lists_only_the_persons_requests_with_their_state()
    {
        await Scenario.SubmitAsync();
        await Scenario.SubmitAsync(code: "GFINP01-P001", by: Elfa);

        var mine = Replies.Visible(Assert.Single(await Bot.AskAsync("mis solicitudes")));
        var none = Replies.Visible(Assert.Single(await Bot.AskAsync("mis solicitudes", aadObjectId: Intruso)));

        Assert.Contains("GLEGN02-P001", mine, StringComparison.Ordinal);
        Assert.Contains("Pendiente de aprobación del líder", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("GFINP01-P001", mine, StringComparison.Ordinal);
        Assert.Contains("No tienes solicitudes", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pendientes_shows_what_waits_on_each_person_and_opens_the_decision_card()
    {
        await Scenario.SubmitAsync();

        var leader = Assert.Single(await Bot.AskAsync("pendientes", aadObjectId: Andrea));
        var quality = Replies.Visible(Assert.Single(await Bot.AskAsync("pendientes", aadObjectId: Lina)));
        Assert.Contains("#1", Replies.Visible(leader), StringComparison.Ordinal);
        Assert.Contains("No tienes solicitudes pendientes", quality, StringComparison.Ordinal);

        var opened = await Bot.ClickAsync(Replies.Actions(Replies.Card(leader)).Single(), aadObjectId: Andrea);
        var approved = await Scenario.ClickAsync(CardOf(opened), "cr.approve", Andrea);

        Assert.Contains("Aprobaste", Visible(approved), StringComparison.Ordinal);
        Assert.Contains("#1", Replies.Visible(Assert.Single(await Bot.AskAsync("pendientes", aadObjectId: Lina))), StringComparison.Ordinal);
        Assert.Contains("No tienes solicitudes pendientes", Replies.Visible(Assert.Single(await Bot.AskAsync("pendientes", aadObjectId: Andrea))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_outside_the_request_cannot_open_it()
    {
        await Scenario.SubmitAsync();
        var view = Assert.Single(await Bot.AskAsync("mis solicitudes"));

        var response = await Bot.ClickAsync(Replies.Actions(Replies.Card(view)).Single(), aadObjectId: Intruso);

        Assert.Equal("application/vnd.microsoft.error", response["type"]!.GetValue<string>());
    }
}
