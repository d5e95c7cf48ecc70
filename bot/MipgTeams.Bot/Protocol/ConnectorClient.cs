using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// The connector REST client. The HttpClient comes from IHttpClientFactory with the standard resilience handler, which
/// retries 429 (honouring Retry-After) and transient errors a bounded number of times; what still fails surfaces as a
/// <see cref="ConnectorException"/> with the status, so the outbox can reschedule it.
/// </summary>
internal sealed class ConnectorClient(HttpClient http, IBotTokenProvider tokens, TimeProvider time) : IConnectorClient
{
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities"), activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(replyToId)}"), activity, cancellationToken);

    public async Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Put, Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}"), activity, cancellationToken);

    public async Task<string> CreateConversationAsync(string serviceUrl, CreateConversationRequest request, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, Url(serviceUrl, "v3/conversations"), request, cancellationToken);
        return response.Id ?? throw new ConnectorException(HttpStatusCode.BadGateway, "The connector created a conversation without an id.");
    }

    private async Task<ResourceResponse> SendAsync<T>(HttpMethod method, Uri url, T body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: BotJson.Options) };
        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
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

    // Teams' serviceUrl ends with "/", the Playground's does not.
    private static Uri Url(string serviceUrl, string path) => new(serviceUrl.TrimEnd('/') + "/" + path);
}
