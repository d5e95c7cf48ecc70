using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Extensions.Options;
using MipgTeams.SharePoint.Graph;

namespace MipgTeams.SharePoint.WriteBack;

/// <summary>
/// The mirror list through Microsoft Graph: <c>POST /sites/{site}/lists/{list}/items</c> with the fields, then
/// <c>PATCH …/items/{id}/fields</c>. Graph's own retry middleware is left out: a failed push is retried later by the
/// write-back worker from the store, with backoff, so the worker never waits minutes inside one call.
/// </summary>
internal sealed class GraphChangeRequestList(GraphServiceClient graph, IOptions<WriteBackOptions> options) : IChangeRequestList
{
    public async Task<string> CreateAsync(IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        var item = new ListItem { Fields = new FieldValueSet { AdditionalData = fields.ToDictionary(f => f.Key, f => f.Value!) } };
        var created = await graph.Sites[options.Value.SiteId].Lists[options.Value.ListId].Items.PostAsync(item, cancellationToken: cancellationToken);
        return created?.Id ?? throw new InvalidOperationException("Graph created the list item but returned no id.");
    }

    public async Task<bool> UpdateAsync(string itemId, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        try
        {
            await graph.Sites[options.Value.SiteId].Lists[options.Value.ListId].Items[itemId].Fields
                .PatchAsync(new FieldValueSet { AdditionalData = fields.ToDictionary(f => f.Key, f => f.Value!) }, cancellationToken: cancellationToken);
            return true;
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>A Graph client for the write-back: the configured credential, anonymous for local mock servers (Kind=None).</summary>
    public static GraphServiceClient CreateClient(WriteBackOptions options)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers().Where(h => h is not Microsoft.Kiota.Http.HttpClientLibrary.Middleware.RetryHandler).ToList();
        var http = GraphClientFactory.Create(handlers);
        http.Timeout = TimeSpan.FromSeconds(30);
        if (GraphCredentials.Create(options.Credential) is not { } credential)
        {
            return new GraphServiceClient(http, new Microsoft.Kiota.Abstractions.Authentication.AnonymousAuthenticationProvider(), options.GraphBaseUrl);
        }
        return new GraphServiceClient(http, credential, [GraphScope(options.GraphBaseUrl)], options.GraphBaseUrl);
    }

    private static string GraphScope(string baseUrl) => new Uri(baseUrl).GetLeftPart(UriPartial.Authority) + "/.default";
}
