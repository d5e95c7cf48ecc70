using System.Text.Json.Nodes;
using MipgTeams.Bot.Cards;
using MipgTeams.Store.Publishing;

namespace MipgTeams.Bot.ChangeRequests.Publication;

/// <summary>To the quality team: a validated request whose publication stopped, why, and «Reintentar publicación».</summary>
internal static class StoppedCard
{
    public static JsonObject Create(PublicationJob job, string what) =>
        AdaptiveCard.Create($"La publicación de la solicitud #{job.ChangeRequestId} {what}",
            AdaptiveCard.Text($"⚠️ La publicación de la solicitud #{job.ChangeRequestId} ({job.DocumentCode ?? job.Title}) {what}", size: "Medium", weight: "Bolder", color: "Attention"),
            AdaptiveCard.Text(CardText.Plain(job.LastError ?? "")),
            AdaptiveCard.Text("La solicitud sigue validada pero sin publicar; aparece en «pendientes» del equipo de calidad.", size: "Small", subtle: true),
            AdaptiveCard.Actions(AdaptiveCard.Execute("Reintentar publicación", ChangeRequestVerbs.RetryPublication,
                new JsonObject { ["requestId"] = job.ChangeRequestId, ["version"] = 0 }, style: "positive")));
}
