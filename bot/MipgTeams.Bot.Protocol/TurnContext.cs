namespace MipgTeams.Bot.Protocol;

/// <summary>
/// Sends through the connector within the turn's budget (<see cref="InlineDelivery"/>), or, when the activity asked for
/// deliveryMode "expectReplies", keeps the replies to return them in the HTTP response instead (no call to serviceUrl at
/// all). Messages without a locale get the bot's (<paramref name="locale"/>, from <see cref="ProtocolTexts.Locale"/>).
/// </summary>
internal sealed class TurnContext(Activity activity, InlineDelivery delivery, string? locale) : ITurnContext
{
    private readonly List<Activity> buffered = [];

    public Activity Activity { get; } = activity;

    public string Text { get; } = MentionText.Strip(activity);

    public InvokeResponse? InvokeResponse { get; set; }

    public bool ExpectReplies => string.Equals(Activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<Activity> BufferedReplies => buffered;

    /// <summary>Set once the bot has answered anything, so the typing indicator is not sent after the fact.</summary>
    public bool Responded { get; private set; }

    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        Responded = true;
        Complete(activity);
        if (ExpectReplies)
        {
            activity.Id ??= Guid.NewGuid().ToString("N");
            buffered.Add(activity);
            return Task.FromResult(new ResourceResponse(activity.Id));
        }
        return delivery.SendAsync(activity, cancellationToken);
    }

    public Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activity.Id);
        activity.Type ??= ActivityTypes.Message;
        Complete(activity);
        return delivery.UpdateAsync(activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken) =>
        delivery.DeleteAsync(Activity, activityId, cancellationToken);

    // What the feature left out is taken from the incoming activity, and the bot's locale for its messages.
    private void Complete(Activity activity)
    {
        activity.ServiceUrl ??= Activity.ServiceUrl;
        activity.ChannelId ??= Activity.ChannelId;
        activity.Conversation ??= Activity.Conversation;
        if (activity.Type == ActivityTypes.Message)
        {
            activity.Locale ??= locale;
        }
    }
}
