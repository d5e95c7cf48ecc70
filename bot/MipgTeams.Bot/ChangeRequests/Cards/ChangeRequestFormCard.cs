using System.Text.Json.Nodes;
using MipgTeams.Bot.Cards;
using MipgTeams.Domain.Publishing;
using MipgTeams.SharePoint.Publishing;
using static MipgTeams.Bot.ChangeRequests.Cards.CardParts;

namespace MipgTeams.Bot.ChangeRequests.Cards;

/// <summary>
/// The request form: a new request (cr.submit) or the correction of a returned one (cr.resubmit, cr.cancel). On errors
/// it comes back with what the person typed and a message under each field at fault.
/// </summary>
internal static class ChangeRequestFormCard
{
    public static JsonObject Create(
        ChangeRequestInput values, IReadOnlyDictionary<string, string> errors, FormChoices choices,
        ChangeRequest? amending = null, string? notice = null)
    {
        var title = amending is null ? "Solicitud de cambio a un documento" : $"Corregir y reenviar la solicitud #{amending.Id}";
        var kinds = Enum.GetValues<ChangeKind>().Select(k => (k.Code(), k.Label()));
        var card = AdaptiveCard.Create(title,
            AdaptiveCard.Text(title, size: "Medium", weight: "Bolder"),
            amending is null
                ? AdaptiveCard.Text("El líder del proceso la aprueba, el equipo de calidad la valida y luego se publica y se informa al Comité Institucional de Gestión y Desempeño.", subtle: true)
                : AdaptiveCard.Text($"Motivo de la devolución: {CardText.Plain(amending.LastComment)}", color: "Warning"),
            notice is null ? null : AdaptiveCard.Text(CardText.Plain(notice), color: "Attention", weight: "Bolder"),
            errors.Count == 0 ? null : AdaptiveCard.Text("Revisa los campos marcados; lo que escribiste se conserva.", color: "Attention"),
            Choices("kind", "Tipo de cambio", values.Kind, kinds, "Elige crear, modificar, actualizar versión o eliminar"),
            Error(errors, "kind"),
            TextInput("documentCode", "Código del documento (si ya existe)", values.DocumentCode, "Ejemplo: GLEGN02-P001"),
            Error(errors, "documentCode"),
            Choices("processCode", "Proceso (para un documento nuevo)", values.ProcessCode, choices.Processes.Select(p => (p.Code, $"{p.Code} · {p.Name}")), "Elige el proceso"),
            Error(errors, "processCode"),
            TextInput("title", "Nombre del documento nuevo", values.Title, "Solo si vas a crear un documento"),
            Error(errors, "title"),
            TextInput("description", "¿Qué cambia?", values.Description, "Describe el cambio (máximo 2000 caracteres)", multiline: true),
            Error(errors, "description"),
            TextInput("reason", "¿Por qué se necesita?", values.Reason, "La justificación (máximo 1000 caracteres)", multiline: true),
            Error(errors, "reason"),
            DraftInput(values.DraftUrl, choices.Drafts),
            Error(errors, "draftUrl"),
            amending is null
                ? AdaptiveCard.Actions(AdaptiveCard.Execute("Enviar solicitud", ChangeRequestVerbs.Submit,
                    new JsonObject { ["formId"] = (values.FormId ?? Guid.NewGuid()).ToString("N") }, style: "positive"))
                : AdaptiveCard.Actions(
                    AdaptiveCard.Execute("Reenviar al líder", ChangeRequestVerbs.Resubmit, Data(amending.Id, amending.Version), style: "positive"),
                    AdaptiveCard.Execute("Cancelar la solicitud", ChangeRequestVerbs.Cancel, Data(amending.Id, amending.Version), style: "destructive")));
        return card;
    }

    /// <summary>
    /// The draft: on the folder library, a choice among the files of its Borradores/ folder (what was typed before stays
    /// among them, so nothing is lost); on SharePoint, where drafts are links, a text input.
    /// </summary>
    private static JsonObject DraftInput(string? value, IReadOnlyList<DraftFile> drafts)
    {
        if (drafts.Count == 0)
        {
            return TextInput("draftUrl", "Borrador: enlace en SharePoint o archivo de la carpeta Borradores/ (necesario para publicar)", value, "https://… o Borradores/mi borrador.docx");
        }
        var offered = drafts.Select(d => (d.Reference, Shown(d.Reference))).ToList();
        if (!string.IsNullOrWhiteSpace(value) && !offered.Any(o => string.Equals(o.Reference, value.Trim(), StringComparison.Ordinal)))
        {
            offered.Insert(0, (value.Trim(), Shown(value.Trim())));
        }
        return Choices("draftUrl", $"Borrador (archivos de la carpeta {PublicationPaths.DraftsFolder}/ de la biblioteca; necesario para publicar)", value?.Trim(), offered,
            $"Elige tu borrador en {PublicationPaths.DraftsFolder}/");
    }

    // "Borradores/Jurídica/paso 4.docx" → "Jurídica/paso 4.docx": the folder is the same for all of them.
    private static string Shown(string reference) =>
        reference.StartsWith(PublicationPaths.DraftsFolder + "/", StringComparison.OrdinalIgnoreCase) ? reference[(PublicationPaths.DraftsFolder.Length + 1)..] : reference;

    public static ChangeRequestInput ValuesOf(ChangeRequest request) => new(
        request.Kind.Code(), request.DocumentCode, request.ProcessCode, request.Title, request.Description, request.Reason, request.DraftUrl);
}
