using MipgTeams.Domain.ChangeRequests;
using static MipgTeams.Bot.Tests.ChangeRequests.ChangeRequestScenario;

namespace MipgTeams.Bot.Tests.ChangeRequests;

public sealed class ChangeRequestBadInputTests : ChangeRequestTests
{
    [Theory]
    [InlineData("GLEGN02-P999", "No encontré el documento GLEGN02-P999")]
    [InlineData("GTHUM01-G001", "está obsoleto")]
    [InlineData("ABC", "no es un código de documento válido")]
    [InlineData("", "Indica el código del documento")]
    public async Task An_unknown_obsolete_or_malformed_code_comes_back_in_the_form_with_the_input_kept(string code, string error)
    {
        var response = await Scenario.SubmitAsync(code: code);

        var form = CardOf(response);
        Assert.Contains(error, Visible(response), StringComparison.Ordinal);
        Assert.Contains("Se actualiza el paso 4 con la nueva norma", form.ToJsonString(), StringComparison.Ordinal);
        Assert.Single(Replies.Actions(form), a => a["verb"]!.GetValue<string>() == "cr.submit");
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("GTHUM01-G001", "está obsoleto")]
    [InlineData("GLEGN02-P999", "No encontré el documento GLEGN02-P999")]
    [InlineData("GLEGN02-X999", "La letra «X» no corresponde")]
    public async Task A_wrong_code_given_with_the_command_is_flagged_on_the_form_at_once(string code, string error)
    {
        var form = await Scenario.FormAsync($"solicitar cambio {code}");

        var codeInput = Replies.Elements(form, "Input.Text").Single(i => i["id"]!.GetValue<string>() == "documentCode");
        Assert.Equal(code, codeInput["value"]!.GetValue<string>());
        Assert.Contains(error, form.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_reason_and_an_oversized_description_are_explained_field_by_field()
    {
        var response = await Scenario.SubmitAsync(description: new string('a', 2001), reason: "   ");

        var visible = Visible(response);
        Assert.Contains("demasiado larga: 2001 caracteres, máximo 2000", visible, StringComparison.Ordinal);
        Assert.Contains("Explica por qué se necesita el cambio", visible, StringComparison.Ordinal);
        Assert.Contains(new string('a', 2001), CardOf(response).ToJsonString(), StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_second_click_on_a_sent_form_registers_nothing_more_and_says_so()
    {
        var submit = Action(await Scenario.FormAsync(), "cr.submit");
        submit["data"]!["kind"] = "Modificar";
        submit["data"]!["documentCode"] = "GLEGN02-P001";
        submit["data"]!["description"] = "Se actualiza el paso 4";
        submit["data"]!["reason"] = "   ";
        var fixedUp = Action(CardOf(await Bot.ClickAsync(submit)), "cr.submit"); // the form back with the error, same form
        fixedUp["data"]!["kind"] = "Modificar";
        fixedUp["data"]!["documentCode"] = "GLEGN02-P001";
        fixedUp["data"]!["description"] = "Se actualiza el paso 4";
        fixedUp["data"]!["reason"] = "Nueva norma";

        var first = await Bot.ClickAsync(fixedUp);
        var second = await Bot.ClickAsync(fixedUp);

        Assert.Contains("Registré tu solicitud #1", Visible(first), StringComparison.Ordinal);
        Assert.Contains("Ya registré esta solicitud (#1)", Visible(second), StringComparison.Ordinal);
        await using var db = Bot.Demo.Store.CreateDbContext();
        Assert.Equal(1, await db.ChangeRequests.CountAsync());
        var another = await Scenario.SubmitAsync(); // a new form is a new request
        Assert.Contains("Registré tu solicitud #2", Visible(another), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_data_that_is_not_text_reads_as_missing_never_as_its_json()
    {
        var reject = Action(await Scenario.SubmitForTheLeadersCardAsync(), "cr.reject");
        reject["data"]!["comment"] = JsonNode.Parse("{\"x\": 1}");

        var answer = await Bot.ClickAsync(reject, aadObjectId: Andrea);

        Assert.Contains("comentario", Visible(answer), StringComparison.Ordinal);
        Assert.DoesNotContain("\"x\"", Visible(answer), StringComparison.Ordinal);
        await Scenario.AssertUnchangedSinceSubmittedAsync();
    }

    [Fact]
    public async Task A_very_long_description_is_reported_with_the_length_typed_and_shown_back_cut()
    {
        var response = await Scenario.SubmitAsync(description: new string('a', 12000));

        Assert.Contains("12000 caracteres, máximo 2000", Visible(response), StringComparison.Ordinal);
        var shownBack = Replies.Elements(CardOf(response), "Input.Text").Single(i => i["id"]!.GetValue<string>() == "description")["value"]!.GetValue<string>();
        Assert.Equal(5000, shownBack.Length);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task What_was_typed_is_quoted_in_the_form_errors_as_text_never_as_links_or_formatting()
    {
        var badCode = await Scenario.SubmitAsync(code: "[clic](https://evil.example) **GLEGN02**");
        var badProcess = await Scenario.SubmitAsync(code: null, kind: "Crear", title: "Nuevo", processCode: "[clic](https://evil.example)" + new string('x', 5000));

        var codeError = ErrorTexts(CardOf(badCode));
        var processError = ErrorTexts(CardOf(badProcess));
        Assert.Contains(@"\[clic\](https://evil.example) \*\*GLEGN02\*\*", codeError, StringComparison.Ordinal);
        Assert.Contains(@"\[CLIC\](HTTPS://EVIL.…", processError, StringComparison.Ordinal);
        Assert.True(processError.Length < 400, processError);
        await AssertNothingStoredAsync();
    }

    private static string ErrorTexts(System.Text.Json.Nodes.JsonObject card) => string.Join("\n",
        Replies.Elements(card, "TextBlock").Select(t => t["text"]!.GetValue<string>()).Where(t => t.StartsWith("⚠️", StringComparison.Ordinal)));

    [Fact]
    public async Task A_draft_link_that_is_not_https_is_refused()
    {
        var response = await Scenario.SubmitAsync(description: "Cambio", reason: "Motivo", code: "GLEGN02-P001");
        Assert.Contains("Registré", Visible(response), StringComparison.Ordinal);

        var submit = Action(await Scenario.FormAsync(), "cr.submit");
        submit["data"]!["kind"] = "Eliminar";
        submit["data"]!["documentCode"] = "GFINP01-P001";
        submit["data"]!["description"] = "Se elimina";
        submit["data"]!["reason"] = "Ya no se usa";
        submit["data"]!["draftUrl"] = "http://servidor/borrador.docx";
        var refused = await Bot.ClickAsync(submit);

        Assert.Contains("debe ser una dirección https", Visible(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_document_needs_its_process_and_name_and_then_goes_to_that_process_leader()
    {
        var missing = await Scenario.SubmitAsync(code: null, kind: "Crear");
        Assert.Contains("Elige el proceso", Visible(missing), StringComparison.Ordinal);
        Assert.Contains("Indica el nombre del documento nuevo", Visible(missing), StringComparison.Ordinal);

        var existing = await Scenario.SubmitAsync(code: "GFORC01-P001", kind: "Crear", title: "Otro");
        Assert.Contains("ya existe", Visible(existing), StringComparison.Ordinal);

        var created = await Scenario.SubmitAsync(code: null, kind: "Crear", processCode: "GFORC01", title: "Instructivo de auditorías de calidad");
        Assert.Contains("María Patricia Porras Mendoza", Visible(created), StringComparison.Ordinal);
        var request = await Scenario.RequestAsync();
        Assert.Null(request.DocumentCode);
        Assert.Equal("GFORC01", request.ProcessCode);
        Assert.Equal(ChangeKind.Create, request.Kind);
    }

    [Fact]
    public async Task Forged_card_data_another_request_or_version_changes_nothing()
    {
        var card = await Scenario.SubmitForTheLeadersCardAsync();

        var unknown = Action(card, "cr.approve");
        unknown["data"]!["requestId"] = 999;
        var notFound = await Bot.ClickAsync(unknown, aadObjectId: Andrea);
        Assert.Equal("application/vnd.microsoft.error", notFound["type"]!.GetValue<string>());
        Assert.Contains("No encontré la solicitud #999", notFound.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);

        var future = Action(card, "cr.approve");
        future["data"]!["version"] = 7;
        Assert.Contains("ya cambió", Visible(await Bot.ClickAsync(future, aadObjectId: Andrea)), StringComparison.Ordinal);

        var garbage = Action(card, "cr.approve");
        garbage["data"]!["requestId"] = "1; DROP TABLE";
        Assert.Equal("application/vnd.microsoft.error", (await Bot.ClickAsync(garbage, aadObjectId: Andrea))["type"]!.GetValue<string>());

        // Ana's other request, on a process Andrea does not lead: her approval is refused whatever the card says.
        await Scenario.SubmitAsync(code: "GFINP01-P001");
        var other = Action(card, "cr.approve");
        other["data"]!["requestId"] = 2;
        other["data"]!["approver"] = Andrea;
        Assert.Contains("Solo el líder actual del proceso (Luis Fernando Mendoza Pérez)", Visible(await Bot.ClickAsync(other, aadObjectId: Andrea)), StringComparison.Ordinal);

        Assert.Equal(ChangeRequestStatus.PendingLeader, (await Scenario.RequestAsync(1)).Status);
        Assert.Equal(ChangeRequestStatus.PendingLeader, (await Scenario.RequestAsync(2)).Status);
    }

    [Fact]
    public async Task An_invoke_without_an_entra_identity_is_refused()
    {
        await Scenario.SubmitAsync();
        var invoke = Bot.Message("");
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["from"] = new JsonObject { ["id"] = "29:anonimo" };
        invoke["value"] = new JsonObject { ["action"] = Action(await Scenario.CardForAsync(Andrea), "cr.approve") };
        var response = JsonNode.Parse(await (await Bot.PostAsync(invoke)).Content.ReadAsStringAsync())!;

        Assert.Equal(403, response["statusCode"]!.GetValue<int>());
        Assert.Equal(ChangeRequestStatus.PendingLeader, (await Scenario.RequestAsync()).Status);
    }

    [Fact]
    public async Task A_replayed_decision_after_publication_changes_nothing()
    {
        var leaderCard = await Scenario.SubmitForTheLeadersCardAsync();
        await Scenario.ClickAsync(leaderCard, "cr.approve", Andrea);
        var qualityCard = await Scenario.CardForAsync(Lina);
        await Scenario.ClickAsync(qualityCard, "cr.validate", Lina);

        var replayApprove = await Scenario.ClickAsync(leaderCard, "cr.approve", Andrea);
        var replayReject = await Scenario.ClickAsync(qualityCard, "cr.reject", Lina, comment: "tarde");

        Assert.Contains("ya cambió", Visible(replayApprove), StringComparison.Ordinal);
        Assert.Contains("ya cambió", Visible(replayReject), StringComparison.Ordinal);
        var request = await Scenario.RequestAsync();
        Assert.Equal(ChangeRequestStatus.Published, request.Status);
        Assert.Equal(3, request.Events.Count);
    }

    private async Task AssertNothingStoredAsync()
    {
        await using var db = Bot.Demo.Store.CreateDbContext();
        Assert.Empty(await db.ChangeRequests.ToListAsync());
        Assert.Empty(await db.Outbox.ToListAsync());
    }
}
