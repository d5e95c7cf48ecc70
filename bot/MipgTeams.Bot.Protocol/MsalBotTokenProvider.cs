using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// Client-credentials tokens for the Bot Connector from Microsoft.Identity.Client. MSAL caches the token in memory and
/// asks Entra again only close to expiry. Single-tenant bots use their tenant's authority; multi-tenant ones the
/// botframework.com tenant. No token at all when authentication is off (local Playground).
/// </summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private const string Scope = "https://api.botframework.com/.default";
    private readonly IConfidentialClientApplication? application;

    public MsalBotTokenProvider(IOptions<BotOptions> options, IHttpClientFactory httpClients)
    {
        var bot = options.Value;
        if (!bot.IsAuthenticationEnabled)
        {
            return;
        }
        var tenant = bot.AppType == BotAppType.SingleTenant ? bot.MicrosoftAppTenantId : "botframework.com";
        var builder = ConfidentialClientApplicationBuilder.Create(bot.MicrosoftAppId)
            .WithClientSecret(bot.MicrosoftAppPassword)
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClients));
        var login = bot.LoginEndpoint.TrimEnd('/');
        builder = string.Equals(login, "https://login.microsoftonline.com", StringComparison.OrdinalIgnoreCase)
            ? builder.WithAuthority($"{login}/{tenant}")
            // Sovereign clouds and test issuers: no instance discovery against the public cloud.
            : builder.WithAuthority($"{login}/{tenant}", validateAuthority: false).WithInstanceDiscovery(false);
        application = builder.Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (application is null)
        {
            return null;
        }
        var result = await application.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
