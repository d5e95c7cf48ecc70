using MipgTeams.Bot.Cards;
using MipgTeams.Bot.Protocol;
using MipgTeams.Domain.Time;
using MipgTeams.Domain;
using MipgTeams.Domain.Reminders;
using MipgTeams.Store;

namespace MipgTeams.Bot.Reminders;

/// <summary>
/// For the quality team: "recordatorios de mañana" previews the next business day's digests (a dry run: nothing is
/// claimed or sent) and "enviar recordatorios" runs today's pass now (what was already sent today is not sent again).
/// </summary>
internal sealed class ReminderAdminCommand(ReminderRunner runner, IDbContextFactory<MipgDbContext> dbFactory, TimeProvider time) : IMessageCommand
{
    public bool AnswersPrivately => true;

    public bool Matches(string folded) => IsPreview(folded) || IsSendNow(folded);

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var objectId = turn.Activity.From?.AadObjectId;
        if (!await IsQualityMemberAsync(objectId, cancellationToken))
        {
            await turn.ReplyAsync("Solo el equipo de calidad puede revisar o enviar los recordatorios.", cancellationToken);
            return;
        }
        var today = BogotaTime.DateOf(time.GetUtcNow());
        var folded = CommandText.Of(turn.Text);
        if (IsSendNow(folded))
        {
            if (!BusinessCalendar.IsBusinessDay(today))
            {
                await turn.ReplyAsync("Hoy no es día hábil; los recordatorios salen el próximo día hábil.", cancellationToken);
                return;
            }
            var result = await runner.RunAsync(today, cancellationToken);
            var text = result.Digests + result.Notices == 0 && !result.WeeklySummary
                ? $"No quedaba nada por enviar hoy: los recordatorios de {result.PeoplePlanned} personas ya estaban en camino o enviados."
                : $"Listo: puse en cola {DigestCard.Count(result.Digests, "resumen", "resúmenes")} y {DigestCard.Count(result.Notices, "aviso de vencimiento", "avisos de vencimiento")}" +
                  (result.WeeklySummary ? ", y el resumen semanal del canal." : ".") + " Salen respetando los límites de Teams.";
            await turn.ReplyAsync(text, cancellationToken);
            return;
        }
        var tomorrow = BusinessCalendar.NextBusinessDay(today);
        var (settings, plan) = await runner.PreviewAsync(tomorrow, cancellationToken);
        await turn.ReplyWithCardAsync(PreviewCard(plan, settings), cancellationToken);
    }

    private static bool IsPreview(string folded) => folded is "recordatorios de manana" or "vista previa de recordatorios" or "previsualizar recordatorios" or "recordatorios manana";

    private static bool IsSendNow(string folded) => folded is "enviar recordatorios" or "enviar recordatorios ahora" or "enviar recordatorios ya";

    private static System.Text.Json.Nodes.JsonObject PreviewCard(ReminderPlan plan, ReminderSettings settings)
    {
        var digests = plan.Digests.OrderByDescending(d => d.Escalations.Count).ThenByDescending(d => d.AsLeader.Count + d.AsQuality.Count).ToList();
        var overdue = plan.Pending.Count(p => p.IsOverdue);
        var lines = digests.Take(20).Select(d => (d.Name, (string?)DigestCard.Summary(d, d.AsLeader.Count + d.AsQuality.Count))).ToArray();
        return AdaptiveCard.Create("Vista previa de recordatorios",
            AdaptiveCard.Text($"Vista previa: recordatorios del {plan.Date:dd/MM/yyyy} a las {settings.ReminderTime:HH\\:mm}", size: "Medium", weight: "Bolder"),
            AdaptiveCard.Text("Nada se ha enviado: así se vería si se enviaran con los datos de ahora.", subtle: true),
            AdaptiveCard.Facts(
                ("Personas con resumen", digests.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Solicitudes pendientes", plan.Pending.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Vencidas", overdue.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Avisos a solicitantes", plan.People.Sum(p => p.OwnOverdue.Count).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Sin líder con cuenta", plan.Unreachable == 0 ? null : plan.Unreachable.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            lines.Length == 0 ? AdaptiveCard.Text("Nadie tiene pendientes para ese día.") : AdaptiveCard.Container(AdaptiveCard.Text("**Quién lo recibe**"), AdaptiveCard.Facts(lines)),
            digests.Count > 20 ? AdaptiveCard.Text($"Y {digests.Count - 20} personas más.", subtle: true) : null,
            settings.Problems.Count == 0 ? null : AdaptiveCard.Text("⚠️ " + string.Join(" ", settings.Problems), color: "Attention"));
    }

    private async Task<bool> IsQualityMemberAsync(string? objectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(objectId))
        {
            return false;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.IsActiveQualityMemberAsync(objectId, cancellationToken);
    }
}
