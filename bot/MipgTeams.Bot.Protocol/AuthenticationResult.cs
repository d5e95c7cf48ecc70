namespace MipgTeams.Bot.Protocol;

/// <summary>
/// The outcome of checking a request's bearer token; <see cref="Reason"/> is for logs and never holds the token.
/// <see cref="Unavailable"/>: the check could not be made (the OpenID metadata could not be fetched), which is not the
/// caller's fault.
/// </summary>
internal sealed record AuthenticationResult(bool IsAuthenticated, string? Reason, bool Unavailable = false)
{
    public static AuthenticationResult Anonymous { get; } = new(true, null);
    public static AuthenticationResult Success { get; } = new(true, null);

    public static AuthenticationResult Fail(string reason) => new(false, reason);

    public static AuthenticationResult CannotCheck(string reason) => new(false, reason, Unavailable: true);
}
