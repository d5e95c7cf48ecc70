using System.Text.Json.Nodes;
using MipgTeams.Bot.Protocol;

namespace MipgTeams.Bot.Conversation;

/// <summary>The replies commands send: a text, a card, or a word that the sender could not be identified.</summary>
internal static class TurnReplies
{
    public static Task ReplyAsync(this ITurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(turn.Activity.CreateReply(text), cancellationToken);

    public static Task ReplyWithCardAsync(this ITurnContext turn, JsonObject card, CancellationToken cancellationToken)
    {
        var reply = turn.Activity.CreateReply();
        reply.Attachments = [Attachment.AdaptiveCard(card)];
        return turn.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>The sender's Entra object id, for commands about the person's own requests; null after saying it is missing.</summary>
    public static async Task<string?> SenderObjectIdAsync(this ITurnContext turn, CancellationToken cancellationToken)
    {
        var objectId = turn.Activity.From?.AadObjectId;
        if (string.IsNullOrEmpty(objectId))
        {
            await turn.ReplyAsync("No pude identificar tu cuenta de Microsoft Entra.", cancellationToken);
            return null;
        }
        return objectId;
    }
}
