using System.Text.Json.Nodes;
using MipgTeams.Bot.Tests.Support;
using static MipgTeams.Bot.Tests.ChangeRequests.ChangeRequestScenario;

namespace MipgTeams.Bot.Tests.ChangeRequests.Publication;

/// <summary>On the folder library the request form offers the drafts of its Borradores/ folder to choose from.</summary>
public sealed class DraftPickerTests : ChangeRequestTests
{
    private static JsonObject DraftInput(JsonObject card) =>
        Replies.Elements(card, "Input.ChoiceSet").Concat(Replies.Elements(card, "Input.Text")).Single(i => i["id"]!.GetValue<string>() == "draftUrl");

    private static List<(string Value, string Title)> Offered(JsonObject input) =>
        input["choices"]!.AsArray().Select(c => (c!["value"]!.GetValue<string>(), c["title"]!.GetValue<string>())).ToList();

    [Fact]
    public async Task The_form_offers_the_drafts_in_borradores_by_name_and_hides_temporary_files()
    {
        Scenario.WriteDraft("Borradores/GLEGN02-P001 borrador paso 4.docx");
        Scenario.WriteDraft("Borradores/Jurídica/formato consultas.xlsx");
        Scenario.WriteDraft("Borradores/.~lock.abierto.docx#");

        var input = DraftInput(await Scenario.FormAsync());

        Assert.Equal("Input.ChoiceSet", input["type"]!.GetValue<string>());
        Assert.Contains("Borradores/", input["label"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(
            [("Borradores/GLEGN02-P001 borrador paso 4.docx", "GLEGN02-P001 borrador paso 4.docx"), ("Borradores/Jurídica/formato consultas.xlsx", "Jurídica/formato consultas.xlsx")],
            Offered(input));
    }

    [Fact]
    public async Task A_chosen_draft_is_the_one_the_request_carries_and_publication_uses()
    {
        var input = DraftInput(await Scenario.FormAsync());
        Assert.Equal("Input.Text", input["type"]!.GetValue<string>()); // nothing in Borradores/ yet: the form asks for a link

        await Scenario.SubmitAsync(draft: DefaultDraft);

        Assert.Equal(DefaultDraft, (await Scenario.RequestAsync()).DraftUrl);
    }

    [Fact]
    public async Task A_returned_request_keeps_its_draft_among_the_choices_even_when_it_is_no_longer_there()
    {
        await Scenario.SubmitAsync(draft: "Borradores/viejo.docx");
        File.Delete(Path.Combine(Scenario.Library, "Borradores/viejo.docx"));
        Scenario.WriteDraft("Borradores/nuevo.docx");
        await Scenario.ClickAsync(await Scenario.CardForAsync(Andrea), "cr.reject", Andrea, comment: "Falta el paso 5");

        var returned = (await Scenario.OutboxAsync()).Last(m => m.Key.EndsWith(":returned", StringComparison.Ordinal));
        var input = DraftInput(Card(returned));

        Assert.Equal("Borradores/viejo.docx", input["value"]!.GetValue<string>());
        Assert.Equal([("Borradores/viejo.docx", "viejo.docx"), ("Borradores/nuevo.docx", "nuevo.docx")], Offered(input));
    }
}
