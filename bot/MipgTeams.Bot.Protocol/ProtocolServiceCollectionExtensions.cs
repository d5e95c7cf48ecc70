using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MipgTeams.Bot.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Bot Framework protocol (section "Bot"): token validation, the connector client with the standard
    /// resilience handler (bounded retries honouring Retry-After), the token provider and the adapter.
    /// The bot's logic is an <see cref="IBot"/> registered by the caller; <paramref name="texts"/> gives the words the
    /// protocol says to people and the locale of the bot's messages (the protocol itself speaks no language).
    /// Every HttpClient comes from IHttpClientFactory, per call: no singleton here holds one.
    /// </summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration, Action<ProtocolTexts>? texts = null)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var protocolTexts = services.AddOptions<ProtocolTexts>().ValidateDataAnnotations().ValidateOnStart();
        if (texts is not null)
        {
            protocolTexts.Configure(texts);
        }
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<BotTelemetry>();
        services.AddHttpClient(BotSigningKeys.HttpClientName);
        services.TryAddSingleton<BotAuthenticator>();
        services.AddHttpClient(MsalHttpClientFactory.ClientName);
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.Retry.MaxRetryAttempts = 3;
                resilience.Retry.ShouldRetryAfterHeader = true;
                // Short throttles are retried in line; a long Retry-After surfaces as a ConnectorException so the outbox
                // reschedules the message instead of holding a sender (or a user's turn) for that long. Requests of a
                // client made WithoutInlineRetries() are never retried here.
                resilience.Retry.ShouldHandle = args => ValueTask.FromResult(ConnectorRetry.ShouldRetry(args.Outcome, args.Context));
            });
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<BotAdapter>();
        return services;
    }

    /// <summary>Maps the messaging endpoint that Teams (through the Azure Bot) and the Agents Playground post activities to.</summary>
    public static IEndpointConventionBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, (HttpContext http, BotAdapter adapter) => adapter.ProcessAsync(http));

    /// <summary>Says loudly at start-up when nobody's tokens are checked.</summary>
    public static void WarnWhenAuthenticationIsOff(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<BotOptions>>().Value.IsAuthenticationEnabled)
        {
            app.Logger.LogWarning("AUTHENTICATION IS OFF: Bot:MicrosoftAppId is empty, so /api/messages accepts unauthenticated requests and replies carry no token. Use this only with the local Agents Playground.");
        }
    }
}
