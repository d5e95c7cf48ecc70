using System.Globalization;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;

namespace MipgTeams.Bot.Outbox;

/// <summary>
/// The protocol's <see cref="IUndeliveredReplySink"/>: a reply a turn could not send within its budget becomes an outbox
/// message to the same conversation (an update stays an update), keyed "reply:{turn}:{n}" so the sender keeps the
/// turn's order (<see cref="PreviousKey"/>). Stored even when the request was aborted: the person still gets the answer.
/// </summary>
internal sealed class OutboxReplySink(IOutbox outbox, IDbContextFactory<MipgDbContext> dbFactory) : IUndeliveredReplySink
{
    private const string Prefix = "reply:";

    public async Task KeepAsync(UndeliveredReply reply, CancellationToken cancellationToken)
    {
        var key = $"{Prefix}{reply.TurnId}:{reply.Sequence.ToString(CultureInfo.InvariantCulture)}";
        var conversationId = reply.Activity.Conversation?.Id ?? throw new ArgumentException("A reply without a conversation cannot wait.", nameof(reply));
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        if (reply.UpdateActivityId is { } activityId)
        {
            outbox.Update(db, key, conversationId, activityId, reply.Activity);
        }
        else
        {
            outbox.ToConversation(db, key, conversationId, reply.Activity);
        }
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>The key of the reply before this one in its turn, or null when it is the first or not a turn's reply.</summary>
    public static string? PreviousKey(string key)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal) || key.LastIndexOf(':') is var cut && cut <= Prefix.Length
            || !int.TryParse(key.AsSpan(cut + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence <= 1)
        {
            return null;
        }
        return $"{key[..(cut + 1)]}{(sequence - 1).ToString(CultureInfo.InvariantCulture)}";
    }
}
