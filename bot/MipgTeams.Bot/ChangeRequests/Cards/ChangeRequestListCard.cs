using MipgTeams.Domain.Time;
using System.Text.Json.Nodes;
using MipgTeams.Bot.Cards;

namespace MipgTeams.Bot.ChangeRequests.Cards;

/// <summary>"mis solicitudes" and "pendientes": one line per request with its state and a button to open it.</summary>
internal static class ChangeRequestListCard
{
    public static JsonObject Create(string title, IReadOnlyList<ChangeRequest> requests, string? footer = null)
    {
        var items = requests.Select(r => (JsonNode)new JsonObject
        {
            ["type"] = "ColumnSet",
            ["separator"] = true,
            ["columns"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "Column",
                    ["width"] = "stretch",
                    ["items"] = new JsonArray(
                        AdaptiveCard.Text($"**#{r.Id}** {r.Kind.Label()} {r.DocumentCode ?? "documento nuevo"}" + (r.Title is null ? "" : $" · {CardText.Plain(r.Title)}")),
                        AdaptiveCard.Text($"{r.Status.Label()} · actualizada {BogotaTime.Format(r.UpdatedAt)}", size: "Small", subtle: true)),
                },
                new JsonObject
                {
                    ["type"] = "Column",
                    ["width"] = "auto",
                    ["items"] = new JsonArray(AdaptiveCard.Actions(AdaptiveCard.Execute("Ver", ChangeRequestVerbs.View, CardParts.Data(r.Id, r.Version)))),
                }),
        }).ToArray();
        return AdaptiveCard.Create(title,
        [
            AdaptiveCard.Text(title, size: "Medium", weight: "Bolder"),
            .. items,
            footer is null ? null : AdaptiveCard.Text(footer, size: "Small", subtle: true),
        ]);
    }
}
