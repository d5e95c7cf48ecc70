namespace MipgTeams.Bot.Tests.Support;

/// <summary>
/// An IHttpClientFactory whose clients have no resilience handler: every call is made once, so a test sees the
/// connector client's own handling of each answer.
/// </summary>
public sealed class PlainHttpClientFactory : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new();
}
