using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// The connector REST client. Each call takes an HttpClient from IHttpClientFactory (named <see cref="HttpClientName"/>,
/// with the standard resilience handler), so this singleton holds no HttpClient and handlers are rotated as the factory
/// intends. The handler retries 429 (honouring a short Retry-After) and transient errors a bounded number of times —
/// unless the call comes through <see cref="WithoutInlineRetries"/>; whatever still fails — an error status, the
/// network, a timeout, an open circuit — surfaces as one <see cref="ConnectorException"/> with the status, so callers
/// (the outbox above all) handle a single exception type.
/// </summary>
internal sealed class ConnectorClient(IHttpClientFactory httpClients, IBotTokenProvider tokens, TimeProvider time, BotTelemetry telemetry) : IConnectorClient
{
    public const string HttpClientName = "connector";

    private bool inlineRetries = true;

    /// <summary>Shares the HttpClient pipeline (and so the circuit breaker) with this client; marks each request instead.</summary>
    public IConnectorClient WithoutInlineRetries() => new ConnectorClient(httpClients, tokens, time, telemetry) { inlineRetries = false };

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities"), activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(replyToId)}"), activity, cancellationToken);

    public async Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Put, Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}"), activity, cancellationToken);

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        await SendAsync<object?>(HttpMethod.Delete, Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}"), null, cancellationToken);

    public async Task<string> CreateConversationAsync(string serviceUrl, CreateConversationRequest request, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, Url(serviceUrl, "v3/conversations"), request, cancellationToken);
        return response.Id ?? throw new ConnectorException(HttpStatusCode.BadGateway, "The connector created a conversation without an id.");
    }

    private async Task<ResourceResponse> SendAsync<T>(HttpMethod method, Uri url, T body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Options.Set(ConnectorRetry.InlineRetries, inlineRetries);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: BotJson.Options);
        }
        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
            || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            telemetry.RecordConnectorError(0);
            var status = e is BrokenCircuitException ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.GatewayTimeout;
            throw new ConnectorException(status, $"The connector could not be reached for {method} {url.AbsolutePath} ({e.GetType().Name}).", inner: e);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                telemetry.RecordConnectorError((int)response.StatusCode);
                var retryAfter = response.Headers.RetryAfter?.Delta
                    ?? (response.Headers.RetryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
                throw new ConnectorException(response.StatusCode, $"The connector answered {(int)response.StatusCode} to {method} {url.AbsolutePath}.", retryAfter);
            }
            // The connector answers 200/201 with {"id": ...}, or 202 with no body when it split the message.
            if (response.Content.Headers.ContentLength is 0 || response.StatusCode == HttpStatusCode.Accepted)
            {
                return new ResourceResponse(null);
            }
            try
            {
                return await response.Content.ReadFromJsonAsync<ResourceResponse>(BotJson.Options, cancellationToken) ?? new ResourceResponse(null);
            }
            catch (System.Text.Json.JsonException)
            {
                return new ResourceResponse(null);
            }
        }
    }

    // Teams' serviceUrl ends with "/", the Playground's does not.
    private static Uri Url(string serviceUrl, string path) => new(serviceUrl.TrimEnd('/') + "/" + path);
}
