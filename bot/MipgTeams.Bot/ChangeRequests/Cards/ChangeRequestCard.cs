using MipgTeams.Domain.Time;
using System.Text.Json.Nodes;
using MipgTeams.Bot.Cards;
using MipgTeams.Domain.Documents;
using static MipgTeams.Bot.ChangeRequests.Cards.CardParts;

namespace MipgTeams.Bot.ChangeRequests.Cards;

/// <summary>
/// A request as the person looking at it may act on it: the leader and the quality team get Aprobar/Validar and Rechazar
/// with a comment, the requester may cancel, everyone else (and every copy after a decision) sees it read-only with its
/// history: who decided, when, and the comment.
/// </summary>
internal static class ChangeRequestCard
{
    public static JsonObject Create(ChangeRequest request, Viewer viewer, string? notice = null, string? refreshUserId = null)
    {
        var heading = Heading(request);
        var card = AdaptiveCard.Create($"{heading}: {request.Status.Label()}",
            AdaptiveCard.Text(heading, size: "Medium", weight: "Bolder"),
            notice is null ? null : AdaptiveCard.Text(notice, color: "Attention", weight: "Bolder"),
            AdaptiveCard.Text($"Estado: **{request.Status.Label()}**", color: StatusColor(request.Status)),
            AdaptiveCard.Facts(
                ("Documento", request.DocumentCode ?? "Documento nuevo"),
                ("Nombre", request.Title is null ? null : CardText.Plain(request.Title)),
                ("Proceso", request.ProcessCode),
                ("Tipo de cambio", request.Kind.Label()),
                ("Solicitante", CardText.Plain(request.Requester.DisplayName)),
                ("Solicitada", BogotaTime.Format(request.CreatedAt))),
            AdaptiveCard.Text("**¿Qué cambia?**"),
            AdaptiveCard.Text(CardText.Plain(request.Description)),
            AdaptiveCard.Text("**¿Por qué?**"),
            AdaptiveCard.Text(CardText.Plain(request.Reason)),
            History(request),
            Decision(request, viewer));
        if (refreshUserId is not null)
        {
            // Only the assigned approver's client refreshes the card (and gets the buttons); everyone else sees it as sent.
            card["refresh"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = ChangeRequestVerbs.Refresh, ["data"] = Data(request.Id, request.Version) },
                ["userIds"] = new JsonArray(refreshUserId),
            };
        }
        return card;
    }

    public static string Heading(ChangeRequest request) =>
        $"Solicitud #{request.Id}: {request.Kind.Label()} {request.DocumentCode ?? "documento nuevo"}";

    private static JsonObject? History(ChangeRequest request)
    {
        if (request.Events.Count == 0)
        {
            return null;
        }
        var lines = request.Events.OrderBy(e => e.Version).Select(e =>
            (JsonNode)AdaptiveCard.Text(
                $"{BogotaTime.Format(e.At)} · {e.Type.Label()} · {CardText.Plain(e.ActorName)}" + (e.Comment is null ? "" : $": «{CardText.Plain(e.Comment)}»"),
                size: "Small", subtle: true));
        return AdaptiveCard.Container([AdaptiveCard.Text("**Historial**", size: "Small"), .. lines]);
    }

    private static JsonObject? Decision(ChangeRequest request, Viewer viewer)
    {
        var data = Data(request.Id, request.Version);
        var comment = TextInput("comment", "Comentario", null, "Obligatorio si rechazas (qué debe corregir); opcional si apruebas", multiline: true);
        return viewer switch
        {
            Viewer.Leader when request.Status == ChangeRequestStatus.PendingLeader => AdaptiveCard.Container(comment, AdaptiveCard.Actions(
                AdaptiveCard.Execute("Aprobar", ChangeRequestVerbs.Approve, data, style: "positive"),
                AdaptiveCard.Execute("Rechazar", ChangeRequestVerbs.Reject, data.DeepClone().AsObject(), style: "destructive"))),
            Viewer.Quality when request.Status == ChangeRequestStatus.PendingQuality => AdaptiveCard.Container([
                .. PublicationInputs(request), comment, AdaptiveCard.Actions(
                AdaptiveCard.Execute("Validar y publicar", ChangeRequestVerbs.Validate, data, style: "positive"),
                AdaptiveCard.Execute("Devolver al solicitante", ChangeRequestVerbs.Reject, data.DeepClone().AsObject(), style: "destructive"))]),
            Viewer.Requester when request.IsOpen => AdaptiveCard.Actions(
                AdaptiveCard.Execute("Cancelar la solicitud", ChangeRequestVerbs.Cancel, data, style: "destructive")),
            _ => null,
        };
    }

    /// <summary>
    /// What publication needs from the quality member: the draft it will publish (or the final file's link instead),
    /// the version if not the usual next one, and a new document's type when its name does not say it.
    /// </summary>
    private static JsonNode[] PublicationInputs(ChangeRequest request)
    {
        if (request.Kind == ChangeKind.Remove)
        {
            return [AdaptiveCard.Text("Al validar, el archivo vigente pasa a Obsoletos y el código queda retirado.", size: "Small", subtle: true)];
        }
        var draft = request.DraftUrl is null
            ? AdaptiveCard.Text("⚠️ La solicitud no tiene borrador: sin él no se puede publicar. Pega el enlace del archivo final o devuélvela al solicitante.", size: "Small", color: "Attention")
            : AdaptiveCard.Text($"Se publicará el borrador: {CardText.Plain(request.DraftUrl)}", size: "Small", subtle: true);
        List<JsonNode> inputs =
        [
            draft,
            TextInput("finalFile", "Archivo final (opcional: reemplaza el borrador)", null, "https://… o Borradores/…", url: true),
            TextInput("publishVersion", "Versión (opcional)", null, request.Kind == ChangeKind.NewVersion ? "Por defecto, la siguiente versión mayor (4.0 → 5.0)" : "Por defecto, la siguiente (4.0 → 4.1; nuevo: 1.0)"),
        ];
        if (request.Kind == ChangeKind.Create)
        {
            inputs.Add(Choices("documentType", "Tipo de documento", null,
                Enum.GetValues<DocumentType>().Select(t => (t.SpanishName(), t.SpanishName())), "Según el nombre del documento"));
        }
        return [.. inputs];
    }

    private static string StatusColor(ChangeRequestStatus status) => status switch
    {
        ChangeRequestStatus.Published => "Good",
        ChangeRequestStatus.Returned or ChangeRequestStatus.Cancelled => "Warning",
        _ => "Accent",
    };
}
