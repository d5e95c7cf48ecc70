using MipgTeams.Bot.Protocol;
using MipgTeams.Store;

namespace MipgTeams.Bot.Outbox;

/// <summary>
/// Proactive messages: added to the caller's unit of work, so they are stored in the same transaction as the change that
/// causes them, then sent by the background sender. One message per key, ever.
/// </summary>
public interface IOutbox
{
    /// <summary>A new message to a person (by Entra object id; the 1:1 chat is created if needed).</summary>
    void ToPerson(MipgDbContext db, string key, string aadObjectId, Activity activity);

    /// <summary>A new message to a conversation the bot is in (a team channel, a group chat).</summary>
    void ToConversation(MipgDbContext db, string key, string conversationId, Activity activity);

    /// <summary>Replaces an activity the bot sent earlier (e.g. every copy of an approval card after a decision).</summary>
    void Update(MipgDbContext db, string key, string conversationId, string activityId, Activity activity);
}
