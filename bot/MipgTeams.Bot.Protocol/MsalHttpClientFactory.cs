using Microsoft.Identity.Client;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// Gives MSAL its HttpClient from IHttpClientFactory (pooled handlers, DNS refresh, the same outgoing-HTTP telemetry),
/// as MSAL recommends for ASP.NET Core; tests point it at a fake Entra.
/// </summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClients) : IMsalHttpClientFactory
{
    public const string ClientName = "msal";

    public HttpClient GetHttpClient() => httpClients.CreateClient(ClientName);
}
