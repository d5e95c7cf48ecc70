using MipgTeams.Domain.ChangeRequests;

namespace MipgTeams.SharePoint.WriteBack;

/// <summary>
/// The columns of the mirror list (internal names, created by the admins as docs/change-requests.md lists): what admins
/// filter on in SharePoint. Values are plain text, numbers and ISO dates.
/// </summary>
public static class ChangeRequestListFields
{
    public static IReadOnlyDictionary<string, object?> For(ChangeRequest request)
    {
        var last = request.Events.Count == 0 ? null : request.Events.MaxBy(e => e.Version);
        return new Dictionary<string, object?>
        {
            ["Title"] = $"Solicitud #{request.Id}: {request.Kind.Label()} {request.DocumentCode ?? "documento nuevo"}",
            ["SolicitudId"] = request.Id,
            ["CodigoDocumento"] = request.DocumentCode ?? "",
            ["NombreDocumento"] = request.Title ?? "",
            ["Proceso"] = request.ProcessCode,
            ["TipoCambio"] = request.Kind.Label(),
            ["QueCambia"] = request.Description,
            ["Justificacion"] = request.Reason,
            ["Borrador"] = request.DraftUrl ?? "",
            ["Solicitante"] = request.Requester.DisplayName,
            ["SolicitanteObjectId"] = request.Requester.EntraObjectId ?? "",
            ["Estado"] = request.Status.Label(),
            ["Version"] = request.Version,
            ["UltimoEvento"] = last is null ? "" : $"{last.Type.Label()} ({last.ActorName})",
            ["UltimoComentario"] = last?.Comment ?? "",
            ["Solicitada"] = request.CreatedAt.UtcDateTime.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
            ["Actualizada"] = request.UpdatedAt.UtcDateTime.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
