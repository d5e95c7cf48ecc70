using System.Net;
using System.Text.RegularExpressions;
using MipgTeams.Portal.Tests.Support;

namespace MipgTeams.Portal.Tests.Indicators;

/// <summary>A portal with the development sign-in, and clients signed in as one of the demo's people.</summary>
public static partial class IndicatorPortal
{
    /// <summary>Lina Pérez Solano, active member of the demo's Equipo de Calidad.</summary>
    public const string QualityMember = "5f0c1a10-0000-4000-8000-000000000020";

    /// <summary>Carmen Elena Julio Barrios, leader of Planeación Institucional: staff, not on the quality team.</summary>
    public const string Staff = "5f0c1a10-0000-4000-8000-000000000009";

    public static readonly Dictionary<string, string?> DevelopmentSignIn = new() { ["Portal:Auth:Mode"] = "Development" };

    public static Task<PortalHost> StartAsync(bool kestrel = false) =>
        PortalHost.StartAsync(kestrel, environment: "Development", extra: DevelopmentSignIn);

    /// <summary>A client of its own, signed in through the development sign-in page as <paramref name="objectId"/>.</summary>
    public static async Task<HttpClient> SignedInAsync(this PortalHost host, string objectId)
    {
        var client = host.NewClient();
        var form = await client.GetStringAsync("/indicadores/ingresar");
        var token = Token().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/indicadores/ingresar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["persona"] = objectId,
            ["ReturnUrl"] = "/indicadores",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
