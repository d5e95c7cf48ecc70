using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// Validates the Bot Connector's bearer token as "Authenticate requests with the Bot Connector API" describes: signing
/// keys from the OpenID metadata (cached, refreshed daily and on an unknown key), issuer, audience = the bot's app id,
/// lifetime with 5 minutes of skew, the signing key endorsed for the activity's channel, and the serviceurl claim equal
/// to the activity's serviceUrl.
/// </summary>
internal sealed class BotAuthenticator
{
    private readonly BotOptions options;
    private readonly TimeProvider time;
    private readonly BotSigningKeys? keys;
    private readonly JsonWebTokenHandler handler = new();

    public BotAuthenticator(IOptions<BotOptions> options, TimeProvider time, IHttpClientFactory httpClients)
    {
        this.options = options.Value;
        this.time = time;
        if (this.options.IsAuthenticationEnabled)
        {
            keys = new BotSigningKeys(this.options.OpenIdMetadataUrl, time, httpClients);
        }
    }

    public async Task<AuthenticationResult> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (keys is null)
        {
            return AuthenticationResult.Anonymous;
        }
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("missing bearer token");
        }
        var token = authorization["Bearer ".Length..].Trim();
        OpenIdConnectConfiguration configuration;
        TokenValidationResult result;
        try
        {
            configuration = await keys.CurrentAsync(cancellationToken);
            result = await ValidateAsync(token, configuration);
            if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException
                && await keys.RefetchAsync(cancellationToken) is { } fresh)
            {
                configuration = fresh;
                result = await ValidateAsync(token, configuration);
            }
        }
        catch (InvalidOperationException e)
        {
            // IDX20803: the metadata or keys could not be fetched. Not the caller's fault: the connector retries.
            return AuthenticationResult.CannotCheck($"OpenID metadata unavailable ({e.GetType().Name})");
        }
        if (!result.IsValid)
        {
            return AuthenticationResult.Fail(result.Exception?.GetType().Name ?? "invalid token");
        }
        var jwt = (JsonWebToken)result.SecurityToken;
        if (!IsEndorsed(configuration, jwt.Kid, activity.ChannelId))
        {
            return AuthenticationResult.Fail($"signing key not endorsed for channel {LogSafe.Value(activity.ChannelId, 40)}");
        }
        var serviceUrl = jwt.TryGetPayloadValue<string>("serviceurl", out var claim) ? claim : null;
        if (serviceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("serviceurl claim does not match the activity");
        }
        return AuthenticationResult.Success;
    }

    private Task<TokenValidationResult> ValidateAsync(string token, OpenIdConnectConfiguration configuration) =>
        handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = options.TokenIssuer,
            ValidAudience = options.MicrosoftAppId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            // Lifetime checked against the injected clock (5 minutes of skew either way), so tests control time.
            LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(notBefore, expires),
        });

    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var skew = TimeSpan.FromMinutes(5);
        return expires is { } end && now <= end + skew && (notBefore is not { } start || now >= start - skew);
    }

    // Each key of the Bot Framework's key set lists the channels it may sign for; a key without endorsements is refused.
    private static bool IsEndorsed(OpenIdConnectConfiguration configuration, string? kid, string? channelId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid);
        if (key is null || channelId is null || !key.AdditionalData.TryGetValue("endorsements", out var endorsements))
        {
            return false;
        }
        return endorsements switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Any(e => e.GetString() == channelId),
            IEnumerable<object> list => list.Any(e => e?.ToString() == channelId),
            _ => false,
        };
    }
}
