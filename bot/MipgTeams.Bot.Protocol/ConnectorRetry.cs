using System.Net;
using Polly;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// Which connector failures are retried in line: transient ones, and throttling that asks for a short wait only — and
/// none at all for a request sent by a client made with <see cref="IConnectorClient.WithoutInlineRetries"/>, which
/// marks each of its requests (<see cref="InlineRetries"/>).
/// </summary>
internal static class ConnectorRetry
{
    public static readonly TimeSpan MaxInlineRetryAfter = TimeSpan.FromSeconds(2);

    /// <summary>Set to false on a request that must not be retried in line; absent means retries are allowed.</summary>
    public static readonly HttpRequestOptionsKey<bool> InlineRetries = new("MipgTeams.Bot.Protocol.InlineRetries");

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (context.GetRequestMessage() is { } request && request.Options.TryGetValue(InlineRetries, out var allowed) && !allowed)
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
}
