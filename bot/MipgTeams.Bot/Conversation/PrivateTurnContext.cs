using MipgTeams.Bot.Outbox;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;

namespace MipgTeams.Bot.Conversation;

/// <summary>
/// A turn from a channel or group chat whose answers are the person's own business (their requests, what waits on them,
/// the quality team's lists): everything the command sends goes to the person's 1:1 chat through the outbox instead of
/// into the shared conversation, where everyone would read it.
/// </summary>
internal sealed class PrivateTurnContext(ITurnContext shared, string aadObjectId, IOutbox outbox, IDbContextFactory<MipgDbContext> dbFactory)
    : ITurnContext
{
    private readonly string turnKey = $"private:{Guid.NewGuid():N}";
    private int sent;

    public Activity Activity => shared.Activity;

    public string Text => shared.Text;

    public InvokeResponse? InvokeResponse
    {
        get => shared.InvokeResponse;
        set => shared.InvokeResponse = value;
    }

    /// <summary>True once something went to the person's chat: the shared conversation is then told where to look.</summary>
    public bool SentPrivately => sent > 0;

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        // The outbox addresses the 1:1 chat; nothing of the shared conversation may stay on the activity.
        activity.ReplyToId = null;
        activity.Conversation = null;
        activity.ServiceUrl = null;
        activity.Recipient = null;
        var key = $"{turnKey}:{Interlocked.Increment(ref sent)}";
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        outbox.ToPerson(db, key, aadObjectId, activity);
        await db.SaveChangesAsync(cancellationToken);
        return new ResourceResponse(null);
    }

    public Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Private replies are new messages; there is no earlier one to update.");

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Private replies are new messages; there is no earlier one to delete.");
}
