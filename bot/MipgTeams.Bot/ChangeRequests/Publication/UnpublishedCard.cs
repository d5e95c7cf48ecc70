using System.Text.Json.Nodes;
using MipgTeams.Bot.Cards;
using MipgTeams.Store.Publishing;

namespace MipgTeams.Bot.ChangeRequests.Publication;

/// <summary>"pendientes" of the quality team: validated requests whose publication stopped or keeps failing, with «Reintentar publicación».</summary>
internal static class UnpublishedCard
{
    public static JsonObject Create(IReadOnlyList<PublicationJob> jobs)
    {
        var title = $"Validadas pero sin publicar ({jobs.Count})";
        var items = jobs.Select(j => (JsonNode)AdaptiveCard.Container(
            AdaptiveCard.Text($"**#{j.ChangeRequestId}** {j.DocumentCode ?? CardText.Plain(j.Title ?? "documento nuevo")} · {Label(j.Status)}"),
            AdaptiveCard.Text(CardText.Plain(j.LastError ?? "Sin detalle."), size: "Small", subtle: true),
            AdaptiveCard.Actions(AdaptiveCard.Execute("Reintentar publicación", ChangeRequestVerbs.RetryPublication,
                new JsonObject { ["requestId"] = j.ChangeRequestId, ["version"] = 0 }))));
        return AdaptiveCard.Create(title, [AdaptiveCard.Text(title, size: "Medium", weight: "Bolder"), .. items]);
    }

    private static string Label(PublicationJobStatus status) => status switch
    {
        PublicationJobStatus.Conflict => "conflicto: el archivo vigente cambió",
        PublicationJobStatus.Failed => "falló",
        _ => "reintentando",
    };
}
