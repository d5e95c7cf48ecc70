using MipgTeams.Domain.ChangeRequests;
using static MipgTeams.Bot.Tests.ChangeRequests.ChangeRequestScenario;

namespace MipgTeams.Bot.Tests.ChangeRequests;

public sealed class ChangeRequestFlowTests : ChangeRequestTests
{
    private static List<string> Decisions(System.Text.Json.Nodes.JsonObject card) =>
        Replies.Actions(card).Select(a => a["verb"]!.GetValue<string>()).Where(v => v != "cr.refresh").ToList();

    [Fact]
    public async Task Asking_for_a_change_shows_the_form_with_document_kind_what_why_and_draft_link()
    {
        var form = await Scenario.FormAsync("quiero solicitar un cambio al GLEGN02-P001");

        var json = form.ToJsonString();
        foreach (var id in new[] { "\"kind\"", "\"documentCode\"", "\"processCode\"", "\"description\"", "\"reason\"", "\"draftUrl\"" })
        {
            Assert.Contains(id, json, StringComparison.Ordinal);
        }
        Assert.Contains("\"value\":\"GLEGN02-P001\"", json, StringComparison.Ordinal);
        Assert.Equal("1.5", form["version"]!.GetValue<string>());
        Assert.Single(Replies.Actions(form), a => a["verb"]!.GetValue<string>() == "cr.submit");
    }

    [Fact]
    public async Task A_submitted_request_goes_to_the_process_leader_as_an_approval_card_only_they_refresh()
    {
        var response = await Scenario.SubmitAsync();

        Assert.Contains("Registré tu solicitud #1", Visible(response), StringComparison.Ordinal);
        Assert.Contains("Andrea Carolina Ríos Vega", Visible(response), StringComparison.Ordinal);
        var card = await Scenario.CardForAsync(Andrea);
        Assert.Contains("GLEGN02-P001", Replies.Visible(new() { ["attachments"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["content"] = card.DeepClone() }) }), StringComparison.Ordinal);
        Assert.Equal(["cr.approve", "cr.reject"], Decisions(card));
        Assert.Equal("29:andrea", card["refresh"]!["userIds"]![0]!.GetValue<string>());
        Assert.Equal(1, card["refresh"]!["action"]!["data"]!["version"]!.GetValue<int>());
        var request = await Scenario.RequestAsync();
        Assert.Equal(ChangeRequestStatus.PendingLeader, request.Status);
        Assert.Equal("GLEGN02", request.ProcessCode);
        Assert.Equal(Ana, request.Requester.EntraObjectId);
    }

    [Fact]
    public async Task Approve_then_validate_publishes_tells_the_requester_and_updates_every_copy()
    {
        await Scenario.SubmitAsync();
        await Scenario.SendOutboxAsync();
        var approved = await Scenario.ClickAsync(await Scenario.CardForAsync(Andrea), "cr.approve", Andrea);

        Assert.Contains("Aprobaste la solicitud", Visible(approved), StringComparison.Ordinal);
        Assert.Empty(Replies.Actions(CardOf(approved)));
        var linaCard = await Scenario.CardForAsync(Lina);
        Assert.Equal(["cr.validate", "cr.reject"], Decisions(linaCard));
        Assert.Contains(await Scenario.OutboxAsync(), m => m.RecipientAadObjectId == Ana && m.ActivityJson.Contains("aprobada por el líder", StringComparison.Ordinal));

        await Scenario.SendOutboxAsync();
        var validated = await Scenario.ClickAsync(linaCard, "cr.validate", Lina);
        await Scenario.SendOutboxAsync();

        Assert.Contains("se está publicando", Visible(validated), StringComparison.Ordinal);
        var request = await Scenario.RequestAsync();
        Assert.Equal(ChangeRequestStatus.Published, request.Status);
        Assert.Equal([ChangeRequestEventType.Submitted, ChangeRequestEventType.ApprovedByLeader, ChangeRequestEventType.ValidatedByQuality],
            request.Events.OrderBy(e => e.Version).Select(e => e.Type));
        Assert.Equal([Ana, Andrea, Lina], request.Events.OrderBy(e => e.Version).Select(e => e.ActorObjectId));
        // Every approval card sent (Andrea's, and each quality member's) was replaced by the read-only final card.
        var outbox = await Scenario.OutboxAsync();
        var cards = outbox.Where(m => m.Key.Contains(":card:", StringComparison.Ordinal) && m.Status == OutboxStatus.Delivered).ToList();
        Assert.True(cards.Count >= 3);
        var puts = Bot.Connector.Requests.Where(r => r.Method == "PUT").Select(r => r.Path).ToList();
        foreach (var card in cards)
        {
            Assert.Contains(puts, p => p.EndsWith("/activities/" + card.SentActivityId, StringComparison.Ordinal));
        }
        var lastPut = Bot.Connector.Requests.Last(r => r.Method == "PUT" && r.Path.Contains("a:chat-andrea", StringComparison.Ordinal));
        Assert.Contains("Publicada", lastPut.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("cr.approve", lastPut.Body, StringComparison.Ordinal);
        Assert.Contains(outbox, m => m.RecipientAadObjectId == Ana && m.ActivityJson.Contains("se está publicando", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejection_needs_a_comment_returns_the_request_and_the_requester_resubmits_it()
    {
        var card = await Scenario.SubmitForTheLeadersCardAsync();

        var noComment = await Scenario.ClickAsync(card, "cr.reject", Andrea, comment: "  ");
        Assert.Contains("Escribe un comentario", Visible(noComment), StringComparison.Ordinal);
        Assert.Equal(ChangeRequestStatus.PendingLeader, (await Scenario.RequestAsync()).Status);

        var rejected = await Scenario.ClickAsync(card, "cr.reject", Andrea, comment: "Falta citar el decreto completo");
        Assert.Contains("Rechazaste", Visible(rejected), StringComparison.Ordinal);
        var returned = await Scenario.CardForAsync(Ana);
        Assert.Contains("Falta citar el decreto completo", returned.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Se actualiza el paso 4", returned.ToJsonString(), StringComparison.Ordinal);

        var resubmit = Action(returned, "cr.resubmit");
        resubmit["data"]!["kind"] = "Modificar";
        resubmit["data"]!["documentCode"] = "GLEGN02-P001";
        resubmit["data"]!["description"] = "Se actualiza el paso 4 citando el Decreto 1081 de 2015 completo";
        resubmit["data"]!["reason"] = "Lo exige el Decreto 1081 de 2015";
        var response = await Bot.ClickAsync(resubmit, aadObjectId: Ana);

        Assert.Contains("Reenviaste", Visible(response), StringComparison.Ordinal);
        var request = await Scenario.RequestAsync();
        Assert.Equal(ChangeRequestStatus.PendingLeader, request.Status);
        Assert.Equal(3, request.Version);
        Assert.Contains("completo", request.Description, StringComparison.Ordinal);
        Assert.Equal("Falta citar el decreto completo", request.Events.Single(e => e.Type == ChangeRequestEventType.Rejected).Comment);
        var again = await Scenario.CardForAsync(Andrea);
        Assert.Equal(3, Action(again, "cr.approve")["data"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_approver_who_is_not_the_assigned_one_is_refused_and_sees_a_read_only_card()
    {
        var card = await Scenario.SubmitForTheLeadersCardAsync();

        var byQuality = await Scenario.ClickAsync(card, "cr.approve", Lina);
        var byRequester = await Scenario.ClickAsync(card, "cr.approve", Ana);
        var byStranger = await Scenario.ClickAsync(card, "cr.reject", Intruso, comment: "no");

        Assert.Contains("Solo el líder actual del proceso", Visible(byQuality), StringComparison.Ordinal);
        Assert.DoesNotContain(Replies.Actions(CardOf(byQuality)), a => a["verb"]!.GetValue<string>() is "cr.approve" or "cr.reject");
        Assert.Contains("Solo el líder actual del proceso", Visible(byRequester), StringComparison.Ordinal);
        Assert.Contains("Solo el líder actual del proceso", Visible(byStranger), StringComparison.Ordinal);
        await Scenario.AssertUnchangedSinceSubmittedAsync();
    }

    [Fact]
    public async Task Comments_written_when_approving_and_validating_go_into_the_history()
    {
        await Scenario.ClickAsync(await Scenario.SubmitForTheLeadersCardAsync(), "cr.approve", Andrea, comment: "De acuerdo; revisar la numeración del anexo");
        var validated = await Scenario.ClickAsync(await Scenario.CardForAsync(Lina), "cr.validate", Lina, comment: "Publicado con la versión 5.0");

        var request = await Scenario.RequestAsync();
        Assert.Equal("De acuerdo; revisar la numeración del anexo", request.Events.Single(e => e.Type == ChangeRequestEventType.ApprovedByLeader).Comment);
        Assert.Equal("Publicado con la versión 5.0", request.Events.Single(e => e.Type == ChangeRequestEventType.ValidatedByQuality).Comment);
        Assert.Contains("revisar la numeración del anexo", Visible(validated), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_double_click_makes_exactly_one_transition()
    {
        var card = await Scenario.SubmitForTheLeadersCardAsync();

        var first = await Scenario.ClickAsync(card, "cr.approve", Andrea);
        var second = await Scenario.ClickAsync(card, "cr.approve", Andrea);

        Assert.Contains("Aprobaste", Visible(first), StringComparison.Ordinal);
        Assert.Contains("ya cambió", Visible(second), StringComparison.Ordinal);
        Assert.Contains("Último paso: Aprobada por el líder (Andrea", Visible(second), StringComparison.Ordinal);
        var request = await Scenario.RequestAsync();
        Assert.Single(request.Events, e => e.Type == ChangeRequestEventType.ApprovedByLeader);
        Assert.Equal(2, request.Version);
        Assert.Equal(5, (await Scenario.OutboxAsync()).Count(m => m.Key.StartsWith("cr:1:v2:card:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Two_quality_members_validating_at_once_make_exactly_one_transition()
    {
        await Scenario.ClickAsync(await Scenario.SubmitForTheLeadersCardAsync(), "cr.approve", Andrea);
        var linaCard = await Scenario.CardForAsync(Lina);
        var elfaCard = await Scenario.CardForAsync(Elfa);

        var responses = await Task.WhenAll(
            Scenario.ClickAsync(linaCard, "cr.validate", Lina),
            Scenario.ClickAsync(elfaCard, "cr.reject", Elfa, comment: "Falta el anexo"));

        var request = await Scenario.RequestAsync();
        Assert.Equal(3, request.Events.Count);
        Assert.Equal(3, request.Version);
        Assert.Single(responses, r => Visible(r).Contains("ya cambió", StringComparison.Ordinal));
        Assert.Equal(request.Status == ChangeRequestStatus.Published ? Lina : Elfa, request.Events.OrderBy(e => e.Version).Last().ActorObjectId);
    }

    [Fact]
    public async Task A_leader_changed_in_the_list_while_a_request_waits_takes_it_over()
    {
        var oldCard = await Scenario.SubmitForTheLeadersCardAsync();
        const string NewLeader = "5f0c1a10-0000-4000-8000-0000000000aa";
        var list = Path.Combine(Bot.Demo.Folder, "lists", "procesos.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(list))!;
        var row = json["items"]!.AsArray().Single(i => i!["fields"]!["Codigo"]!.GetValue<string>() == "GLEGN02")!["fields"]!;
        row["Lider"] = "Mónica Patricia Díaz Acosta";
        row["LiderCorreo"] = "monica.diaz@cartagena.gov.co";
        row["LiderObjectId"] = NewLeader;
        await File.WriteAllTextAsync(list, json.ToJsonString());
        await Bot.Demo.SyncAsync();

        var refused = await Scenario.ClickAsync(oldCard, "cr.approve", Andrea);

        Assert.Contains("Mónica Patricia Díaz Acosta", Visible(refused), StringComparison.Ordinal);
        Assert.Equal(ChangeRequestStatus.PendingLeader, (await Scenario.RequestAsync()).Status);
        var pending = Assert.Single(await Bot.AskAsync("pendientes", aadObjectId: NewLeader));
        Assert.Contains("#1", Replies.Visible(pending), StringComparison.Ordinal);
        var newCard = await Scenario.CardForAsync(NewLeader);
        var approved = await Scenario.ClickAsync(newCard, "cr.approve", NewLeader);
        Assert.Contains("Aprobaste", Visible(approved), StringComparison.Ordinal);
        var request = await Scenario.RequestAsync();
        Assert.Equal(ChangeRequestStatus.PendingQuality, request.Status);
        Assert.Equal(NewLeader, request.Events.Single(e => e.Type == ChangeRequestEventType.ApprovedByLeader).ActorObjectId);
    }

    [Fact]
    public async Task The_requester_can_cancel_an_open_request_and_the_leader_card_becomes_read_only()
    {
        await Scenario.SubmitAsync();
        await Scenario.SendOutboxAsync();
        var view = Assert.Single(await Bot.AskAsync("mis solicitudes"));
        var opened = await Bot.ClickAsync(Replies.Actions(Replies.Card(view)).Single());

        var cancelled = await Scenario.ClickAsync(CardOf(opened), "cr.cancel", Ana);
        await Scenario.SendOutboxAsync();

        Assert.Contains("Cancelaste", Visible(cancelled), StringComparison.Ordinal);
        Assert.Equal(ChangeRequestStatus.Cancelled, (await Scenario.RequestAsync()).Status);
        var put = Bot.Connector.Requests.Last(r => r.Method == "PUT");
        Assert.Contains("a:chat-andrea", put.Path, StringComparison.Ordinal);
        Assert.Contains("Cancelada", put.Body, StringComparison.Ordinal);
    }
}
