using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using MipgTeams.Portal.Indicators;
using MipgTeams.Portal.Tests.Support;

namespace MipgTeams.Portal.Tests.Indicators;

/// <summary>
/// One in-memory portal with the Entra ID sign-in as deployed (Production, <c>AzureAd</c> and the App ID URI), whose
/// calls to login.microsoftonline.com (OpenID metadata and keys, for the browser sign-in and for tokens) reach a
/// <see cref="FakeEntraId"/>: nothing of the portal's validation is replaced.
/// </summary>
public sealed class EntraPortalFixture : IAsyncLifetime
{
    public const string ClientId = "7a1b2c3d-0000-4000-8000-0000000000c1";

    /// <summary>The App ID URI of the portal's registration: its address, as Power BI asks for it.</summary>
    public const string AppIdUri = "https://indicadores.example.gov.co";

    private const string IssuerHttpClient = "entra-id";

    public FakeEntraId Entra { get; } = new();

    public PortalHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Portal:Auth:Mode"] = "EntraId",
            ["Portal:Auth:AppIdUri"] = AppIdUri,
            ["AzureAd:Instance"] = FakeEntraId.Authority,
            ["AzureAd:TenantId"] = Entra.TenantId,
            ["AzureAd:ClientId"] = ClientId,
            ["AzureAd:ClientSecret"] = "not-used-by-these-tests",
        };
        Host = await PortalHost.StartAsync(environment: "Production", extra: settings, services: s =>
        {
            // Only where the HTTP requests go: the bearer scheme's and the sign-in's metadata, and the issuer validator's.
            s.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = Entra.Handler());
            s.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = Entra.Handler());
            s.Configure<AadIssuerValidatorOptions>(o => o.HttpClientName = IssuerHttpClient);
            s.AddHttpClient(IssuerHttpClient).ConfigurePrimaryHttpMessageHandler(Entra.Handler);
        });
    }

    /// <summary>A client that sends <paramref name="token"/> as Power BI does.</summary>
    public HttpClient WithToken(string token)
    {
        var client = Host.NewClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// A browser's session after the Entra sign-in: the portal's own session cookie for <paramref name="objectId"/>,
    /// protected by the host's cookie scheme as the OpenID Connect sign-in writes it.
    /// </summary>
    public HttpClient WithSession(string objectId)
    {
        var cookie = Host.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var identity = new ClaimsIdentity([new Claim(ClaimConstants.ObjectId, objectId), new Claim("name", objectId)], "AuthenticationTypes.Federation");
        // The OpenID Connect handler only takes a session it issued (the scheme recorded in the ticket's properties).
        var properties = new AuthenticationProperties(new Dictionary<string, string?> { [".AuthScheme"] = OpenIdConnectDefaults.AuthenticationScheme });
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), properties, CookieAuthenticationDefaults.AuthenticationScheme);
        var client = Host.NewClient();
        client.DefaultRequestHeaders.Add("Cookie", $"{IndicatorCookie.Name}={cookie.TicketDataFormat.Protect(ticket)}");
        return client;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Entra.Dispose();
    }
}
