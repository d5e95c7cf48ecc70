namespace MipgTeams.Bot.ChangeRequests;

/// <summary>The Action.Execute verbs of the change-request cards. Card data carries only requestId and version.</summary>
internal static class ChangeRequestVerbs
{
    public const string Submit = "cr.submit";
    public const string Approve = "cr.approve";
    public const string Validate = "cr.validate";
    public const string Reject = "cr.reject";
    public const string Resubmit = "cr.resubmit";
    public const string Cancel = "cr.cancel";
    public const string View = "cr.view";
    /// <summary>«Reintentar publicación» of a validated request whose publication stopped.</summary>
    public const string RetryPublication = "cr.retry-publication";
    /// <summary>«Leído» on a «Nueva versión publicada» card.</summary>
    public const string Read = "cr.read";
    /// <summary>The card's refresh action: Teams calls it for the users in refresh.userIds when they see the card.</summary>
    public const string Refresh = "cr.refresh";

    public static bool IsOwn(string verb) => verb.StartsWith("cr.", StringComparison.Ordinal);
}
