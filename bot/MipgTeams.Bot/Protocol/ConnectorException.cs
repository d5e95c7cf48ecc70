using System.Net;

namespace MipgTeams.Bot.Protocol;

/// <summary>The connector refused a call. <see cref="RetryAfter"/> is set when it asked to come back later (429).</summary>
public sealed class ConnectorException(HttpStatusCode status, string message, TimeSpan? retryAfter = null) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Throttling and server errors pass; anything else (bad request, forbidden, not found) will not.</summary>
    public bool IsTransient => Status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)Status >= 500;
}
