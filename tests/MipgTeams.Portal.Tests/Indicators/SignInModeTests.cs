using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using MipgTeams.Portal.Tests.Support;

namespace MipgTeams.Portal.Tests.Indicators;

/// <summary>The sign-in modes at start-up: the development one refused outside Development, Entra ID checked and used.</summary>
public sealed class SignInModeTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task The_development_sign_in_is_refused_at_start_up_outside_Development(string environment)
    {
        var (exitCode, error) = await PortalProcess.RunAsync(environment, new() { ["Portal__Auth__Mode"] = "Development" });

        Assert.Equal(3, exitCode);
        Assert.Contains("Portal:Auth:Mode: el ingreso de desarrollo (Development) solo se permite en el entorno Development", error, StringComparison.Ordinal);
        Assert.Contains($"«{environment}»", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Entra ID without its registration", "AzureAd:TenantId y AzureAd:ClientId",
        "Portal__Auth__Mode=EntraId")]
    [InlineData("an App ID URI that is not a URI", "Portal:Auth:AppIdUri: «indicadores.example.gov.co» no es un URI absoluto",
        "Portal__Auth__Mode=EntraId", "AzureAd__TenantId=7a1b2c3d-0000-4000-8000-000000000001",
        "AzureAd__ClientId=7a1b2c3d-0000-4000-8000-000000000002", "Portal__Auth__AppIdUri=indicadores.example.gov.co")]
    [InlineData("an unknown mode", "«Abierto» no es un modo de ingreso",
        "Portal__Auth__Mode=Abierto")]
    public async Task A_bad_sign_in_setting_is_refused_at_start_up_naming_it(string refused, string naming, params string[] settings)
    {
        var (exitCode, error) = await PortalProcess.RunAsync("Production", settings.Select(s => s.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]));

        Assert.True(exitCode == 3, $"{refused}: exit code {exitCode}, not 3");
        Assert.Contains(naming, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_Entra_ID_a_signed_out_visitor_is_sent_to_Microsoft_sign_in()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Portal:Auth:Mode"] = "EntraId",
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "7a1b2c3d-0000-4000-8000-000000000001",
            ["AzureAd:ClientId"] = "7a1b2c3d-0000-4000-8000-000000000002",
        };
        // No network here: the authority's metadata is given instead of fetched.
        await using var host = await PortalHost.StartAsync(environment: "Production", extra: settings, services: s =>
            s.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                o.Configuration = new OpenIdConnectConfiguration
                {
                    AuthorizationEndpoint = "https://login.microsoftonline.com/7a1b2c3d-0000-4000-8000-000000000001/oauth2/v2.0/authorize",
                    Issuer = "https://login.microsoftonline.com/7a1b2c3d-0000-4000-8000-000000000001/v2.0",
                };
                o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(o.Configuration);
            }));

        var response = await host.NewClient().GetAsync("/indicadores");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://login.microsoftonline.com/7a1b2c3d-0000-4000-8000-000000000001/oauth2/v2.0/authorize?", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("client_id=7a1b2c3d-0000-4000-8000-000000000002", response.Headers.Location!.Query, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await host.NewClient().GetAsync("/")).StatusCode);
    }
}
