using System.Collections.Concurrent;
using MipgTeams.Bot.Outbox;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;
using MipgTeams.Store.Conversations;

namespace MipgTeams.Bot.Conversation;

/// <summary>
/// Remembers every conversation and every person the bot has seen in it (one row per conversation and person), so it
/// can write to them later: a person met only in a channel can still get a 1:1 chat, created with their Teams id. The
/// store is written when a row is new or its details changed (and at most once an hour to refresh when it was last
/// seen); an ordinary message in a known chat costs no database call. A person's new 1:1 chat wakes the outbox messages
/// waiting for them.
/// </summary>
public sealed class ConversationReferences(IDbContextFactory<MipgDbContext> dbFactory, TimeProvider time)
{
    private static readonly TimeSpan Refresh = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (string Fingerprint, DateTimeOffset WrittenAt)> written = new();

    public async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.Id is not { } conversationId || activity.ServiceUrl is null || activity.Recipient?.Id is null)
        {
            return;
        }
        // In a channel the id names the thread ("19:…@thread.tacv2;messageid=…"); the channel itself is what the bot
        // writes to later (a new post), and one row per channel instead of per thread.
        if (activity.Conversation.ConversationType == "channel" && conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase) is > 0 and var cut)
        {
            conversationId = conversationId[..cut];
        }
        var user = activity.From is { Id: { Length: > 0 } } from && from.Role != "bot" && from.Id != activity.Recipient.Id ? from : null;
        var cacheKey = conversationId + "|" + user?.Id;
        var fingerprint = string.Join('|', activity.ServiceUrl, activity.TenantId, activity.Recipient.Id, activity.Recipient.Name, user?.AadObjectId, user?.Name);
        var now = time.GetUtcNow();
        if (written.TryGetValue(cacheKey, out var last) && last.Fingerprint == fingerprint && now - last.WrittenAt < Refresh)
        {
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var userId = user?.Id;
        var reference = await FindAsync(db, conversationId, userId, cancellationToken);
        if (reference is null)
        {
            reference = New(conversationId, activity.Conversation.ConversationType, activity.ServiceUrl, activity.ChannelId, activity.Recipient.Id, userId);
            db.ConversationReferences.Add(reference);
        }
        reference.ServiceUrl = activity.ServiceUrl;
        reference.TenantId = activity.TenantId ?? reference.TenantId;
        reference.BotId = activity.Recipient.Id;
        reference.BotName = activity.Recipient.Name ?? reference.BotName;
        reference.UserName = user?.Name ?? reference.UserName;
        reference.UserAadObjectId = user?.AadObjectId ?? reference.UserAadObjectId;
        reference.LastSeenAt = now;
        var newChat = reference.Id == 0 && reference.ConversationType == "personal" && reference.UserAadObjectId is not null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first messages of a new conversation raced; the other one stored it.
        }
        if (newChat)
        {
            // The person's chat has just appeared (app installed, chat opened, a first message): what waits for them goes now.
            await RecipientWake.WakeAsync(db, reference.UserAadObjectId!, now, cancellationToken);
        }
        written[cacheKey] = (fingerprint, now);
    }

    /// <summary>
    /// Runs this class's lookup and first write once, inside a transaction that is rolled back (nothing stays), so the
    /// first person to write after start-up does not wait for the store's query and save paths to be compiled.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        const string probe = "warm-up";
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await FindAsync(db, probe, probe, cancellationToken) is null)
        {
            var reference = New(probe, "personal", "https://localhost/", "msteams", probe, probe);
            db.ConversationReferences.Add(reference);
            await db.SaveChangesAsync(cancellationToken);
            // After a restart most people's rows exist: their first message updates one (the hourly refresh).
            reference.LastSeenAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await RecipientWake.WakeAsync(db, probe, time.GetUtcNow(), cancellationToken);
        }
        await transaction.RollbackAsync(cancellationToken);
    }

    /// <summary>Removes every row and cached entry of a conversation (the warm-up's, which nobody will write to).</summary>
    public async Task ForgetAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.ConversationReferences.Where(r => r.ConversationId == conversationId).ExecuteDeleteAsync(cancellationToken);
        foreach (var key in written.Keys.Where(k => k.StartsWith(conversationId + "|", StringComparison.Ordinal)))
        {
            written.TryRemove(key, out _);
        }
    }

    private static Task<ConversationReferenceRecord?> FindAsync(MipgDbContext db, string conversationId, string? userId, CancellationToken cancellationToken) =>
        db.ConversationReferences.FirstOrDefaultAsync(r => r.ConversationId == conversationId && r.UserId == userId, cancellationToken);

    private static ConversationReferenceRecord New(string conversationId, string? type, string serviceUrl, string? channelId, string botId, string? userId) => new()
    {
        ConversationId = conversationId,
        ConversationType = type ?? "personal",
        ServiceUrl = serviceUrl,
        ChannelId = channelId ?? "msteams",
        BotId = botId,
        UserId = userId,
    };
}
