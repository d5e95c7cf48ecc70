namespace MipgTeams.Bot.Protocol;

/// <summary>The outcome of checking a request's bearer token; <see cref="Reason"/> is for logs and never holds the token.</summary>
public sealed record AuthenticationResult(bool IsAuthenticated, string? Reason)
{
    public static AuthenticationResult Anonymous { get; } = new(true, null);
    public static AuthenticationResult Success { get; } = new(true, null);

    public static AuthenticationResult Fail(string reason) => new(false, reason);
}
