using System.Text.Json;
using MipgTeams.Bot.Protocol;
using MipgTeams.Store;
using MipgTeams.Store.Outbox;

namespace MipgTeams.Bot.Outbox;

internal sealed class StoreOutbox(TimeProvider time) : IOutbox
{
    public void ToPerson(MipgDbContext db, string key, string aadObjectId, Activity activity) =>
        Add(db, key, activity, m => m.RecipientAadObjectId = aadObjectId);

    public void ToConversation(MipgDbContext db, string key, string conversationId, Activity activity) =>
        Add(db, key, activity, m => m.ConversationId = conversationId);

    public void Update(MipgDbContext db, string key, string conversationId, string activityId, Activity activity) =>
        Add(db, key, activity, m =>
        {
            m.ConversationId = conversationId;
            m.UpdateActivityId = activityId;
        });

    private void Add(MipgDbContext db, string key, Activity activity, Action<OutboxMessage> address)
    {
        var now = time.GetUtcNow();
        // Replies made with CreateReply carry no locale (the turn stamps it when it sends them); the outbox does here.
        if (activity.Type is null or ActivityTypes.Message)
        {
            activity.Locale ??= BotLanguage.Locale;
        }
        var message = new OutboxMessage { Key = key, ActivityJson = JsonSerializer.Serialize(activity, BotJson.Options), CreatedAt = now, NextAttemptAt = now };
        address(message);
        db.Outbox.Add(message);
    }
}
