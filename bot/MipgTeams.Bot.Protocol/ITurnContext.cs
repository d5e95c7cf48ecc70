namespace MipgTeams.Bot.Protocol;

/// <summary>One incoming activity and the means to answer it.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>The message text with the bot's @mention removed (channels and group chats), trimmed.</summary>
    string Text { get; }

    /// <summary>Sends an activity into the conversation (a reply when it has replyToId), or buffers it for expectReplies.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces an earlier activity (e.g. a card after a decision): <paramref name="activity"/>.Id names it.</summary>
    Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Deletes an earlier activity of the bot in this conversation.</summary>
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken);

    /// <summary>The answer to an invoke activity; unset means "not implemented".</summary>
    InvokeResponse? InvokeResponse { get; set; }
}
