using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MipgTeams.Portal.Tests.Indicators;

/// <summary>
/// A stand-in for login.microsoftonline.com, one tenant of its own: its OpenID metadata (v2.0 and v1.0) and key set on a
/// WireMock server, reached through <see cref="Handler"/> (which sends the portal's requests for the real host there),
/// and access tokens signed with its key (or with a key it does not publish), as Entra ID issues them for Power BI.
/// </summary>
public sealed class FakeEntraId : IDisposable
{
    public const string Authority = "https://login.microsoftonline.com/";
    private static readonly string[] SigningAlgorithms = ["RS256"];
    private readonly RSA published = RSA.Create(2048);
    private readonly RSA unpublished = RSA.Create(2048);
    private readonly WireMockServer server = WireMockServer.Start();

    public FakeEntraId()
    {
        Metadata($"/{TenantId}/v2.0/.well-known/openid-configuration", IssuerV2, $"{Authority}{TenantId}/discovery/v2.0/keys", "oauth2/v2.0");
        Metadata($"/{TenantId}/.well-known/openid-configuration", IssuerV1, $"{Authority}{TenantId}/discovery/keys", "oauth2");
        var parameters = published.ExportParameters(false);
        var key = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = "published-key",
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["issuer"] = IssuerV2, // as Entra ID's v2.0 key set: the key says which issuer it signs for
        };
        foreach (var path in new[] { $"/{TenantId}/discovery/v2.0/keys", $"/{TenantId}/discovery/keys" })
        {
            server.Given(Request.Create().WithPath(path).UsingGet()).RespondWith(Response.Create()
                .WithBody(new JsonObject { ["keys"] = new JsonArray(key.DeepClone()) }.ToJsonString()).WithHeader("Content-Type", "application/json"));
        }
    }

    public string TenantId { get; } = Guid.NewGuid().ToString();

    public string IssuerV2 => $"{Authority}{TenantId}/v2.0";

    public string IssuerV1 => $"https://sts.windows.net/{TenantId}/";

    /// <summary>The authorization endpoint the portal must announce to Power BI in WWW-Authenticate.</summary>
    public string AuthorizationUri => $"{Authority}{TenantId}/oauth2/authorize";

    /// <summary>For the portal's HTTP clients: requests for login.microsoftonline.com go to this fake, over loopback.</summary>
    public HttpMessageHandler Handler() => new ToWireMock(new Uri(server.Url!)) { InnerHandler = new HttpClientHandler() };

    /// <summary>An access token for the portal as Entra ID issues it to a delegated client (a <c>scp</c>, the person's <c>oid</c>).</summary>
    /// <param name="objectId">The person's Entra object id.</param>
    /// <param name="audience">The resource it was asked for.</param>
    /// <param name="v1">A v1.0 token (issuer sts.windows.net), as Power BI gets when it asks for the portal's address.</param>
    /// <param name="expires">When it expires (default: in an hour).</param>
    /// <param name="unpublishedKey">Signed with a key Entra does not publish: a forged token.</param>
    /// <param name="issuer">Another issuer (another tenant) instead of this one's.</param>
    public string Token(string objectId, string audience, bool v1 = false, DateTime? expires = null, bool unpublishedKey = false, string? issuer = null)
    {
        var key = new RsaSecurityKey(unpublishedKey ? unpublished : published) { KeyId = "published-key" };
        var until = expires ?? TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? (v1 ? IssuerV1 : IssuerV2),
            Audience = audience,
            NotBefore = until.AddHours(-2),
            IssuedAt = until.AddHours(-2),
            Expires = until,
            Claims = new Dictionary<string, object>
            {
                ["oid"] = objectId,
                ["tid"] = TenantId,
                ["scp"] = "user_impersonation",
                ["ver"] = v1 ? "1.0" : "2.0",
                ["appid"] = "a672d62c-fc7b-4e81-a576-e60dc46e951d", // Power Query for Excel: Power BI Desktop's client
            },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    private void Metadata(string path, string issuer, string keys, string endpoints) =>
        server.Given(Request.Create().WithPath(path).UsingGet()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            issuer,
            authorization_endpoint = $"{Authority}{TenantId}/{endpoints}/authorize",
            token_endpoint = $"{Authority}{TenantId}/{endpoints}/token",
            jwks_uri = keys,
            id_token_signing_alg_values_supported = SigningAlgorithms,
        }));

    public void Dispose()
    {
        server.Stop();
        published.Dispose();
        unpublished.Dispose();
    }

    /// <summary>Sends what the portal asks of login.microsoftonline.com to the WireMock server instead (the path kept).</summary>
    private sealed class ToWireMock(Uri server) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { Host: "login.microsoftonline.com" } uri)
            {
                request.RequestUri = new UriBuilder(uri) { Scheme = server.Scheme, Host = server.Host, Port = server.Port }.Uri;
            }
            return base.SendAsync(request, cancellationToken);
        }
    }
}
