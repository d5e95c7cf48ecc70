using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WireMock.Settings;

namespace MipgTeams.Bot.Tests.Protocol;

/// <summary>The bot's own token for outgoing calls, from MSAL against a fake Entra (HTTPS, as MSAL requires).</summary>
public sealed class BotTokenProviderTests : IDisposable
{
    private const string Tenant = "99999999-0000-0000-0000-000000000001";
    private readonly WireMockServer entra = WireMockServer.Start(new WireMockServerSettings
    {
        UseSSL = true,
        CertificateSettings = new WireMockCertificateSettings { X509Certificate = SelfSigned() },
    });

    public BotTokenProviderTests() =>
        entra.Given(Request.Create().WithPath("/*/oauth2/v2.0/token").UsingPost())
            .RespondWith(Response.Create().WithBodyAsJson(new { token_type = "Bearer", expires_in = 3599, ext_expires_in = 3599, access_token = "token-from-entra" }));

    [Fact]
    public async Task A_single_tenant_bot_asks_its_own_tenant_once_and_reuses_the_token()
    {
        using var services = Services(("Bot:AppType", "SingleTenant"));
        var tokens = services.GetRequiredService<IBotTokenProvider>();

        Assert.Equal("token-from-entra", await tokens.GetTokenAsync(CancellationToken.None));
        Assert.Equal("token-from-entra", await tokens.GetTokenAsync(CancellationToken.None));

        var call = Assert.Single(entra.LogEntries).RequestMessage!;
        Assert.Equal($"/{Tenant}/oauth2/v2.0/token", call.Path);
        var form = call.Body!;
        Assert.Contains("grant_type=client_credentials", form, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", form, StringComparison.Ordinal);
        Assert.Contains("client_id=11111111-2222-3333-4444-555555555555", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multi_tenant_bot_asks_the_botframework_tenant()
    {
        using var services = Services(("Bot:AppType", "MultiTenant"));

        await services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Equal("/botframework.com/oauth2/v2.0/token", Assert.Single(entra.LogEntries).RequestMessage!.Path);
    }

    [Fact]
    public async Task Without_an_app_id_no_token_is_asked_for_or_sent()
    {
        using var services = Services(("Bot:MicrosoftAppId", ""));

        Assert.Null(await services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None));
        Assert.Empty(entra.LogEntries);
    }

    private ServiceProvider Services(params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["Bot:MicrosoftAppPassword"] = "not-a-real-secret",
            ["Bot:MicrosoftAppTenantId"] = Tenant,
            ["Bot:LoginEndpoint"] = entra.Url,
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }
        var services = new ServiceCollection().AddLogging().AddBotProtocol(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        // The fake Entra's certificate is self-signed.
        services.AddHttpClient("msal").ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        });
        return services.BuildServiceProvider();
    }

    public void Dispose() => entra.Stop();

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddDays(1));
        // Kestrel needs the private key in a form it can load on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
