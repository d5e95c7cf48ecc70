using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MipgTeams.Bot.Tests.Support;

/// <summary>
/// A stand-in for login.botframework.com: serves OpenID metadata and a key set whose key is endorsed for "msteams", and
/// signs real JWTs with it (or with a key it does not publish).
/// </summary>
public sealed class TestIssuer : IDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private static readonly string[] SigningAlgorithms = ["RS256"];
    private static readonly string[] AuthMethods = ["private_key_jwt"];
    private readonly RSA published = RSA.Create(2048);
    private readonly RSA unpublished = RSA.Create(2048);
    private readonly WireMockServer server = WireMockServer.Start();

    public TestIssuer(params string[] endorsements)
    {
        this.endorsements = endorsements.Length == 0 ? ["msteams"] : endorsements;
        server.Given(Request.Create().WithPath("/v1/.well-known/openidconfiguration").UsingGet())
            .RespondWith(Response.Create().WithBodyAsJson(new
            {
                issuer = Issuer,
                authorization_endpoint = "https://invalid.botframework.com",
                jwks_uri = server.Url + "/v1/.well-known/keys",
                id_token_signing_alg_values_supported = SigningAlgorithms,
                token_endpoint_auth_methods_supported = AuthMethods,
            }));
        Publish(Jwk(published, "published-key"));
    }

    private readonly string[] endorsements;

    /// <summary>Key rollover: the key set now also holds the key that signs <c>Token(..., unpublishedKey: true, kid: "rotated-key")</c>.</summary>
    public void Rotate() => Publish(Jwk(published, "published-key"), Jwk(unpublished, "rotated-key"));

    private void Publish(params JsonObject[] keys) =>
        server.Given(Request.Create().WithPath("/v1/.well-known/keys").UsingGet())
            .RespondWith(Response.Create().WithBody(new JsonObject { ["keys"] = new JsonArray(keys) }.ToJsonString()).WithHeader("Content-Type", "application/json"));

    private JsonObject Jwk(RSA key, string kid)
    {
        var parameters = key.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)e!).ToArray()),
        };
    }

    public string MetadataUrl => server.Url + "/v1/.well-known/openidconfiguration";

    /// <summary>How many times the key set was downloaded.</summary>
    public int KeySetFetches => server.LogEntries.Count(e => e.RequestMessage?.Path == "/v1/.well-known/keys");

    public string Token(
        string audience, string serviceUrl, string issuer = Issuer, DateTime? expires = null, bool unpublishedKey = false, string? kid = null)
    {
        var key = new RsaSecurityKey(unpublishedKey ? unpublished : published) { KeyId = kid ?? "published-key" };
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = (expires ?? now.AddHours(1)).AddHours(-2),
            IssuedAt = (expires ?? now.AddHours(1)).AddHours(-2),
            Expires = expires ?? now.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose()
    {
        server.Stop();
        published.Dispose();
        unpublished.Dispose();
    }
}
