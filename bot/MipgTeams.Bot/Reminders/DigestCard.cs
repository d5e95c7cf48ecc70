using System.Globalization;
using System.Text.Json.Nodes;
using MipgTeams.Bot.Cards;
using MipgTeams.Bot.ChangeRequests;
using MipgTeams.Domain.Reminders;

namespace MipgTeams.Bot.Reminders;

/// <summary>
/// The daily digest (Adaptive Card 1.5, Spanish): overdue escalations first (coordinator), then the requests waiting on
/// the person as leader and as quality team, each with its age in business days and Aprobar / Rechazar / Ver — the
/// change-request verbs, so the change-request handler decides them exactly as from the request's own card (Rechazar
/// without a comment opens the request asking for the reason) — then the documents due for review.
/// </summary>
internal static class DigestCard
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-CO");

    public static JsonObject Create(PersonDigest digest, DateOnly date, int maxPerSection)
    {
        var total = digest.AsLeader.Count + digest.AsQuality.Count;
        var title = $"Tus pendientes del {date.ToString("dddd d 'de' MMMM", Spanish)}";
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Text(title, size: "Medium", weight: "Bolder"),
            AdaptiveCard.Text(Summary(digest, total), subtle: true),
        };
        if (digest.Escalations.Count > 0)
        {
            body.Add(Section($"⚠️ Vencidas: {Count(digest.Escalations.Count, "solicitud", "solicitudes")} superaron su plazo", digest.Escalations, maxPerSection,
                d => Item(d, showStep: true, ChangeRequestVerbs.View, null)));
        }
        if (digest.AsLeader.Count > 0)
        {
            body.Add(Section($"Esperan tu aprobación como líder del proceso ({digest.AsLeader.Count})", digest.AsLeader, maxPerSection,
                d => Item(d, showStep: false, ChangeRequestVerbs.Approve, ChangeRequestVerbs.Reject)));
        }
        if (digest.AsQuality.Count > 0)
        {
            body.Add(Section($"Esperan validación del equipo de calidad ({digest.AsQuality.Count})", digest.AsQuality, maxPerSection,
                d => Item(d, showStep: false, ChangeRequestVerbs.Validate, ChangeRequestVerbs.Reject)));
        }
        if (digest.Reviews.Count > 0)
        {
            body.Add(Reviews(digest, maxPerSection));
        }
        return AdaptiveCard.Create($"{title}: {Summary(digest, total)}", [.. body]);
    }

    public static string Summary(PersonDigest digest, int total)
    {
        var parts = new List<string>();
        if (total > 0) parts.Add($"{Count(total, "solicitud espera", "solicitudes esperan")} tu decisión");
        if (digest.Escalations.Count > 0) parts.Add($"{Count(digest.Escalations.Count, "vencida", "vencidas")} para escalar");
        if (digest.Reviews.Count > 0) parts.Add($"{Count(digest.Reviews.Count, "documento", "documentos")} por revisar");
        return string.Join(" · ", parts) + ".";
    }

    private static JsonObject Section(string heading, IReadOnlyList<PlannedDecision> items, int max, Func<PlannedDecision, JsonObject> item)
    {
        var nodes = new List<JsonNode?> { AdaptiveCard.Text($"**{heading}**") };
        nodes.AddRange(items.Take(max).Select(item));
        if (items.Count > max)
        {
            nodes.Add(AdaptiveCard.Text($"Y {items.Count - max} más. Escribe \"pendientes\" para verlas todas.", subtle: true, size: "Small"));
        }
        return AdaptiveCard.Container([.. nodes]);
    }

    private static JsonObject Item(PlannedDecision decision, bool showStep, string approveVerb, string? rejectVerb)
    {
        var request = decision.Request;
        var data = new JsonObject { ["requestId"] = request.RequestId, ["version"] = request.Version };
        var age = $"{Count(decision.AgeDays, "día hábil", "días hábiles")} esperando (plazo {decision.DeadlineDays})";
        var line = $"Solicitud #{request.RequestId} · {request.DocumentCode ?? "documento nuevo"} · {request.ProcessCode}";
        var actions = rejectVerb is null
            ? AdaptiveCard.Actions(AdaptiveCard.Execute("Ver", ChangeRequestVerbs.View, data))
            : AdaptiveCard.Actions(
                AdaptiveCard.Execute(approveVerb == ChangeRequestVerbs.Validate ? "Validar y publicar" : "Aprobar", approveVerb, data, style: "positive"),
                AdaptiveCard.Execute("Rechazar", rejectVerb, data.DeepClone().AsObject(), style: "destructive"),
                AdaptiveCard.Execute("Ver", ChangeRequestVerbs.View, data.DeepClone().AsObject()));
        return new JsonObject
        {
            ["type"] = "Container",
            ["spacing"] = "Small",
            ["items"] = new JsonArray(
                AdaptiveCard.Text(line, weight: "Bolder"),
                AdaptiveCard.Text(CardText.Plain(Short(request.Summary)), size: "Small"),
                AdaptiveCard.Text(showStep ? $"{request.Step.Label()} · {age}" : age, size: "Small",
                    color: decision.IsOverdue ? "Attention" : null, subtle: !decision.IsOverdue),
                actions),
        };
    }

    private static JsonObject Reviews(PersonDigest digest, int max)
    {
        var nodes = new List<JsonNode?> { AdaptiveCard.Text($"**Documentos de tus procesos por revisar ({digest.Reviews.Count})**") };
        foreach (var (document, dueOn) in digest.Reviews.Take(max))
        {
            nodes.Add(AdaptiveCard.Text(
                $"{document.DocumentCode} · {CardText.Plain(Short(document.Title))} · aprobado el {document.ApprovedOn:dd/MM/yyyy}, revisión desde el {dueOn:dd/MM/yyyy}",
                size: "Small"));
        }
        if (digest.Reviews.Count > max)
        {
            nodes.Add(AdaptiveCard.Text($"Y {digest.Reviews.Count - max} más.", subtle: true, size: "Small"));
        }
        nodes.Add(AdaptiveCard.Text("Si siguen vigentes sin cambios, confírmalo al equipo de calidad; si no, solicita el cambio (\"solicitar cambio\").", size: "Small", subtle: true));
        return AdaptiveCard.Container([.. nodes]);
    }

    internal static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    private static string Short(string text) => text.Length <= 140 ? text : text[..137] + "...";
}
