using Microsoft.Extensions.Options;
using MipgTeams.Bot.Outbox.Installation;
using MipgTeams.Bot.Protocol;
using MipgTeams.Domain.Time;
using MipgTeams.Store;
using MipgTeams.Store.Outbox;

namespace MipgTeams.Bot.Outbox;

/// <summary>
/// Tells the quality coordinator, through the outbox, whose messages cannot be delivered and why: once when a person's
/// messages start waiting because Teams refused the app's install, and once when messages are given up. Once per
/// person (per wait, per day for give-ups), and never about a notice itself, so an unreachable coordinator is no loop.
/// </summary>
internal sealed class DeliveryNotices(IOutbox outbox, IOptions<OutboxOptions> options, ILogger<DeliveryNotices> logger)
{
    public const string KeyPrefix = "entrega:";

    public static bool IsNotice(OutboxMessage message) => message.Key.StartsWith(KeyPrefix, StringComparison.Ordinal);

    public Task WaitingAsync(MipgDbContext db, OutboxMessage message, RecipientUnreachableException reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        TellAsync(db, "espera", message, now, options.Value.RecipientWait, (name, count) =>
            $"⚠️ Todavía no puedo entregarle mensajes a {name}: {reason.Explanation}. {Messages(count)} para esa persona (tarjetas de aprobación, avisos o recordatorios) " +
            $"esperan y se le entregan apenas abra el chat con MipgTeams en Teams; si no, se descartan a partir del {BogotaTime.Format(message.CreatedAt + options.Value.RecipientWait)}. " +
            "Mientras tanto sus solicitudes siguen en «pendientes» y en los recordatorios.", cancellationToken);

    public Task GivenUpAsync(MipgDbContext db, OutboxMessage message, string explanation, DateTimeOffset now, CancellationToken cancellationToken) =>
        TellAsync(db, "abandono", message, now, TimeSpan.FromDays(1), (name, count) =>
            $"⚠️ Dejé de intentar entregarle {Messages(count)} a {name} (tarjetas de aprobación, avisos o recordatorios) después de " +
            $"{options.Value.RecipientWait.TotalDays:0.#} días: {explanation}. Sus solicitudes siguen abiertas: pídele que abra el chat con MipgTeams en Teams y escriba «pendientes».",
            cancellationToken);

    private async Task TellAsync(
        MipgDbContext db, string kind, OutboxMessage message, DateTimeOffset now, TimeSpan once, Func<string, int, string> text, CancellationToken cancellationToken)
    {
        if (IsNotice(message) || message.RecipientAadObjectId is not { } person)
        {
            return; // never a notice about a notice
        }
        var team = await db.ActiveQualityTeamAsync(cancellationToken);
        var coordinator = (team.FirstOrDefault(m => m.IsCoordinator && m.Person.EntraObjectId is not null)
            ?? team.FirstOrDefault(m => m.Person.EntraObjectId is not null))?.Person.EntraObjectId;
        if (coordinator is null || string.Equals(coordinator, person, StringComparison.OrdinalIgnoreCase))
        {
            logger.LogWarning("Nobody to tell that messages to {Person} cannot be delivered", LogSafe.Value(person, 40));
            return;
        }
        var prefix = $"{KeyPrefix}{kind}:{person}:";
        var since = now - once;
        if (await db.Outbox.AnyAsync(m => m.Key.StartsWith(prefix) && m.CreatedAt >= since, cancellationToken)
            || db.Outbox.Local.Any(m => m.Key.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return;
        }
        var waiting = await db.Outbox.CountAsync(m => m.RecipientAadObjectId == person && m.ConversationId == null
            && (m.Status == OutboxStatus.Pending || m.Id == message.Id) && !m.Key.StartsWith(KeyPrefix), cancellationToken);
        var notice = new Activity { Type = ActivityTypes.Message, Text = text(UserText.Escape(await NameOfAsync(db, person, cancellationToken)), Math.Max(1, waiting)) };
        outbox.ToPerson(db, $"{prefix}{message.Id}", coordinator, notice);
    }

    private static string Messages(int count) => count == 1 ? "1 mensaje" : $"{count} mensajes";

    private static async Task<string> NameOfAsync(MipgDbContext db, string person, CancellationToken cancellationToken)
    {
        var leaders = await db.Processes.AsNoTracking().Where(p => p.Leader != null).Select(p => p.Leader!).ToListAsync(cancellationToken);
        var team = await db.ActiveQualityTeamAsync(cancellationToken);
        var known = leaders.Concat(team.Select(m => m.Person)).FirstOrDefault(p => p.HasObjectId(person));
        if (known is not null)
        {
            return string.IsNullOrWhiteSpace(known.Email) ? known.DisplayName : $"{known.DisplayName} ({known.Email})";
        }
        var seen = await db.ConversationReferences.AsNoTracking().Where(r => r.UserAadObjectId == person && r.UserName != null)
            .Select(r => r.UserName).FirstOrDefaultAsync(cancellationToken);
        return seen ?? $"la persona con id {person}";
    }
}
