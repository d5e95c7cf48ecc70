using System.Net;
using Polly;

namespace MipgTeams.Bot.Protocol;

/// <summary>Which connector failures are retried in line: transient ones, and throttling that asks for a short wait only.</summary>
internal static class ConnectorRetry
{
    public static readonly TimeSpan MaxInlineRetryAfter = TimeSpan.FromSeconds(2);

    private static readonly AsyncLocal<bool> InlineRetriesOff = new();

    /// <summary>
    /// Turns in-line retries off for the calls made in this async flow until disposed. The outbox retries on its own
    /// schedule, with backoff and pacing; retrying in line would hold every other conversation behind one failing chat.
    /// </summary>
    public static IDisposable WithoutInlineRetries()
    {
        var previous = InlineRetriesOff.Value;
        InlineRetriesOff.Value = true; // set in a synchronous method: the change stays with the caller's flow
        return new Restore(previous);
    }

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (InlineRetriesOff.Value)
        {
            return false;
        }
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

    private sealed class Restore(bool previous) : IDisposable
    {
        public void Dispose() => InlineRetriesOff.Value = previous;
    }
}
