using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// Client-credentials tokens for the Bot Connector from Microsoft.Identity.Client. MSAL caches the token and renews it
/// close to expiry. Single-tenant bots use their tenant's authority; multi-tenant ones the botframework.com tenant.
/// </summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private const string Scope = "https://api.botframework.com/.default";
    private readonly IConfidentialClientApplication? application;

    public MsalBotTokenProvider(IOptions<BotOptions> options)
    {
        var bot = options.Value;
        if (!bot.IsAuthenticationEnabled)
        {
            return;
        }
        var tenant = bot.AppType == BotAppType.SingleTenant ? bot.MicrosoftAppTenantId : "botframework.com";
        application = ConfidentialClientApplicationBuilder.Create(bot.MicrosoftAppId)
            .WithClientSecret(bot.MicrosoftAppPassword)
            .WithAuthority($"{bot.LoginEndpoint.TrimEnd('/')}/{tenant}")
            .Build();
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
