using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// The Bot Connector's signing keys from its OpenID metadata: cached by IdentityModel's ConfigurationManager and
/// refreshed every 24 hours; fetched anew when a token names a key not in the set (key rollover) — at most every five
/// minutes, so tokens with made-up key ids cannot make the bot hammer the issuer. When a fresh fetch fails, the keys
/// already known stay in use.
/// </summary>
internal sealed class BotSigningKeys
{
    /// <summary>The named HttpClient the metadata and keys are fetched with.</summary>
    public const string HttpClientName = "bot-openid-metadata";

    private static readonly TimeSpan MinimumRefetchInterval = TimeSpan.FromMinutes(5);
    private readonly string metadataUrl;
    private readonly TimeProvider time;
    private readonly IHttpClientFactory httpClients;
    private readonly Lock gate = new();
    private ConfigurationManager<OpenIdConnectConfiguration> manager;
    private DateTimeOffset lastRefetch = DateTimeOffset.MinValue;

    public BotSigningKeys(string metadataUrl, TimeProvider time, IHttpClientFactory httpClients)
    {
        this.metadataUrl = metadataUrl;
        this.time = time;
        this.httpClients = httpClients;
        manager = Create();
    }

    /// <summary>The current metadata and keys; throws InvalidOperationException when they were never fetched and cannot be.</summary>
    public Task<OpenIdConnectConfiguration> CurrentAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref manager).GetConfigurationAsync(cancellationToken);

    /// <summary>Fetches the keys again right now (a rollover); null when it was done too recently or failed.</summary>
    public async Task<OpenIdConnectConfiguration?> RefetchAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (now - lastRefetch < MinimumRefetchInterval)
            {
                return null;
            }
            lastRefetch = now;
        }
        // A new manager fetches on its first use and waits for it; RequestRefresh on the old one may refresh in the
        // background and hand back the stale keys.
        var fresh = Create();
        try
        {
            var configuration = await fresh.GetConfigurationAsync(cancellationToken);
            Volatile.Write(ref manager, fresh);
            return configuration;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private ConfigurationManager<OpenIdConnectConfiguration> Create()
    {
        var retriever = new FactoryDocumentRetriever(httpClients, HttpClientName, metadataUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        return new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(24),
        };
    }
}
