using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MipgTeams.Bot.Cards;
using MipgTeams.Bot.ChangeRequests;
using MipgTeams.Bot.Protocol;
using MipgTeams.Domain.Reminders;

namespace MipgTeams.Bot.Reminders;

/// <summary>The activities the reminders put in the outbox: the digest, the requester's overdue notice, the weekly summary.</summary>
internal static class ReminderMessages
{
    public static Activity Digest(PersonDigest digest, DateOnly date, int maxPerSection) => Card(DigestCard.Create(digest, date, maxPerSection),
        DigestCard.Summary(digest, digest.AsLeader.Count + digest.AsQuality.Count));

    public static Activity OverdueNotice(PlannedDecision decision)
    {
        var request = decision.Request;
        var who = request.Step == ChangeRequestStatus.PendingQuality ? "del equipo de calidad" : "del líder del proceso";
        return new Activity
        {
            Type = ActivityTypes.Message,
            TextFormat = "markdown",
            Locale = "es-CO",
            Text = $"⏰ Tu solicitud #{request.RequestId} ({request.DocumentCode ?? "documento nuevo"}) lleva {DigestCard.Count(decision.AgeDays, "día hábil", "días hábiles")} " +
                   $"esperando la decisión {who}; el plazo es de {DigestCard.Count(decision.DeadlineDays, "día hábil", "días hábiles")}. " +
                   "La coordinación de calidad ya fue informada. Escribe \"mis solicitudes\" para ver su estado.",
        };
    }

    public static Activity Weekly(WeeklySummary summary, int maxOverdue)
    {
        var spanish = CultureInfo.GetCultureInfo("es-CO");
        var title = $"Resumen semanal de solicitudes · {summary.Date:dd/MM/yyyy}";
        var steps = summary.Steps.Select(s => (Title: s.Step.Label(), Value: (string?)$"{DigestCard.Count(s.Pending, "pendiente", "pendientes")}, {DigestCard.Count(s.Overdue, "vencida", "vencidas")}")).ToArray();
        var durations = summary.Durations.Select(d => (Title: d.Step == ChangeRequestStatus.PendingQuality ? "Validación de calidad" : "Aprobación del líder",
            Value: (string?)(d.Count == 0 ? "sin decisiones esta semana" : $"{DigestCard.Count(d.Count, "decisión", "decisiones")}, promedio {d.AverageDays.ToString("0.0", spanish)} días hábiles, máximo {d.MaxDays}"))).ToArray();
        var overdue = new StringBuilder();
        foreach (var o in summary.Overdue.Take(maxOverdue))
        {
            overdue.Append(CultureInfo.InvariantCulture, $"- #{o.Request.RequestId} {o.Request.DocumentCode ?? "documento nuevo"} ({o.Request.ProcessCode}): {o.AgeDays} días hábiles, plazo {o.DeadlineDays}, {o.Request.Step.Label().ToLowerInvariant()}\n");
        }
        if (summary.Overdue.Count > maxOverdue)
        {
            overdue.Append(CultureInfo.InvariantCulture, $"- y {summary.Overdue.Count - maxOverdue} más\n");
        }
        var processes = summary.Processes.Take(15)
            .Select(p => (Title: p.ProcessCode, Value: (string?)$"{p.Pending} pendientes{(p.Overdue > 0 ? $", {p.Overdue} vencidas" : "")}, la más antigua {p.OldestAgeDays} días hábiles")).ToArray();
        var card = AdaptiveCard.Create(title,
            AdaptiveCard.Text(title, size: "Medium", weight: "Bolder"),
            summary.Overdue.Count == 0 ? AdaptiveCard.Text("No hay solicitudes vencidas. 👍", color: "Good")
                : AdaptiveCard.Container(AdaptiveCard.Text($"**⚠️ Vencidas ({summary.Overdue.Count})**", color: "Attention"), AdaptiveCard.Text(overdue.ToString().TrimEnd())),
            AdaptiveCard.Container(AdaptiveCard.Text("**Pendientes por paso**"), AdaptiveCard.Facts(steps)),
            processes.Length == 0 ? null : AdaptiveCard.Container(AdaptiveCard.Text("**Pendientes por proceso**"), AdaptiveCard.Facts(processes)),
            AdaptiveCard.Container(AdaptiveCard.Text("**Tiempo de decisión (últimos 7 días)**"), AdaptiveCard.Facts(durations)));
        return Card(card, title);
    }

    private static Activity Card(JsonObject card, string summary) => new()
    {
        Type = ActivityTypes.Message,
        Locale = "es-CO",
        Summary = summary,
        Attachments = [Attachment.AdaptiveCard(card)],
    };
}
