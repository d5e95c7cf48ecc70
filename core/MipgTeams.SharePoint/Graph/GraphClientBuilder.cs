using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// Builds the Graph client: the SDK's default middleware (retry on 429/503/504 honouring Retry-After with bounded
/// exponential backoff, redirects for content downloads) and an Azure.Identity credential, or none for a mock server.
/// </summary>
internal static class GraphClientBuilder
{
    public static GraphServiceClient Create(GraphSourceOptions options, HttpMessageHandler? finalHandler = null)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = new RetryHandlerOption { MaxRetry = options.MaxRetries, Delay = options.RetryDelaySeconds };
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is RetryHandler)
            {
                handlers[i] = new RetryHandler(retry);
            }
        }
        var http = GraphClientFactory.Create(handlers, finalHandler: finalHandler);
        http.Timeout = TimeSpan.FromMinutes(5); // retries with Retry-After happen inside one call
        var baseUrl = options.BaseUrl.TrimEnd('/');
        var credential = GraphCredentials.Create(options.Credential);
        if (credential is null)
        {
            return new GraphServiceClient(http, new AnonymousAuthenticationProvider(), baseUrl);
        }
        var scope = new Uri(baseUrl).GetLeftPart(UriPartial.Authority) + "/.default";
        return new GraphServiceClient(http, credential, [scope], baseUrl);
    }
}
