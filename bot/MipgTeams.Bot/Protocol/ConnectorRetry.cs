using System.Net;
using Polly;

namespace MipgTeams.Bot.Protocol;

/// <summary>Which connector failures are retried in line: transient ones, and throttling that asks for a short wait only.</summary>
internal static class ConnectorRetry
{
    public static readonly TimeSpan MaxInlineRetryAfter = TimeSpan.FromSeconds(2);

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            return true;
        }
        if (outcome.Result is not { } response)
        {
            return false;
        }
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => response.Headers.RetryAfter?.Delta is not { } delay || delay <= MaxInlineRetryAfter,
            HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable
                or HttpStatusCode.GatewayTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout => true,
            _ => false,
        };
    }
}
