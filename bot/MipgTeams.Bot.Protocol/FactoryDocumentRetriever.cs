using Microsoft.IdentityModel.Protocols;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// Fetches the OpenID metadata and key set with an HttpClient taken from IHttpClientFactory for each fetch, instead of
/// one HttpClient held for the life of the (singleton) configuration manager: handlers are rotated and DNS changes seen.
/// </summary>
internal sealed class FactoryDocumentRetriever(IHttpClientFactory httpClients, string clientName, bool requireHttps) : IDocumentRetriever
{
    public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
        new HttpDocumentRetriever(httpClients.CreateClient(clientName)) { RequireHttps = requireHttps }.GetDocumentAsync(address, cancel);
}
