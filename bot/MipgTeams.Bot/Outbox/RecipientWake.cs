using MipgTeams.Store;
using MipgTeams.Store.Outbox;

namespace MipgTeams.Bot.Outbox;

/// <summary>
/// When a person's 1:1 chat appears (they installed the app, opened the chat, or wrote), the messages waiting for them
/// are due at once instead of at their next, possibly hours-away, try.
/// </summary>
internal static class RecipientWake
{
    public static Task<int> WakeAsync(MipgDbContext db, string aadObjectId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Outbox
            .Where(m => m.RecipientAadObjectId == aadObjectId && m.Status == OutboxStatus.Pending && m.ConversationId == null && m.NextAttemptAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now), cancellationToken);
}
