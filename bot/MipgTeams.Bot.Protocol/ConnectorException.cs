using System.Net;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// The connector refused a call or could not be reached. <see cref="RetryAfter"/> is set when it asked to come back
/// later (429 with Retry-After); the message names the method and path, never the body or a token.
/// </summary>
public sealed class ConnectorException(HttpStatusCode status, string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public HttpStatusCode Status { get; } = status;
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Throttling, timeouts and server errors pass; anything else (bad request, forbidden, not found) will not.</summary>
    public bool IsTransient => Status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout || (int)Status >= 500;
}
