using System.Text.Json.Nodes;
using MipgTeams.Bot.Cards;
using MipgTeams.Store.Publishing;

namespace MipgTeams.Bot.ChangeRequests.Publication;

/// <summary>
/// «Nueva versión publicada»: the socialización of a new version (code, title, old → new version, what changed), with
/// «Abrir» and «Leído»; «Leído» records who read it, once.
/// </summary>
internal static class PublishedCard
{
    public static JsonObject Create(PublicationJob job, ChangeRequest request, string? webUrl, string? notice = null)
    {
        var heading = job.Kind == ChangeKind.Remove ? "Documento retirado" : "Nueva versión publicada";
        var versions = job.Kind switch
        {
            ChangeKind.Create => $"{job.ToVersion} (documento nuevo)",
            ChangeKind.Remove => $"{job.FromVersion} → Obsoleto",
            _ => $"{job.FromVersion} → {job.ToVersion}",
        };
        var data = new JsonObject { ["requestId"] = job.ChangeRequestId, ["version"] = 0 };
        var actions = new List<JsonObject>();
        if (webUrl is not null && job.Kind != ChangeKind.Remove)
        {
            actions.Add(AdaptiveCard.OpenUrl("Abrir", webUrl));
        }
        actions.Add(AdaptiveCard.Execute("Leído", ChangeRequestVerbs.Read, data, style: "positive"));
        return AdaptiveCard.Create($"{heading}: {job.DocumentCode} {versions}",
            AdaptiveCard.Text($"📢 {heading}", size: "Medium", weight: "Bolder"),
            notice is null ? null : AdaptiveCard.Text(notice, color: "Good", weight: "Bolder"),
            AdaptiveCard.Facts(
                ("Código", job.DocumentCode),
                ("Documento", job.Title is null ? null : CardText.Plain(job.Title)),
                ("Versión", versions),
                ("Proceso", job.ProcessCode),
                ("Solicitud", $"#{job.ChangeRequestId} ({request.Kind.Label()})")),
            AdaptiveCard.Text("**¿Qué cambió?**"),
            AdaptiveCard.Text(CardText.Plain(request.Description)),
            AdaptiveCard.Text("Pulsa «Leído» cuando lo hayas revisado: el equipo de calidad registra la socialización.", size: "Small", subtle: true),
            AdaptiveCard.Actions([.. actions]));
    }
}
