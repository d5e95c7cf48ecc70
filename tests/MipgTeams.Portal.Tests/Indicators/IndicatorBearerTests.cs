using System.Net;
using MipgTeams.Domain.Settings;

namespace MipgTeams.Portal.Tests.Indicators;

/// <summary>
/// Power BI reads the feeds with «Cuenta de organización»: an Entra ID bearer token for the portal, with the page's
/// access rule; a wrong token is a 401 that says where to sign in, never a redirect; the browser's session is unchanged.
/// </summary>
public sealed class IndicatorBearerTests(EntraPortalFixture portal) : IClassFixture<EntraPortalFixture>
{
    private FakeEntraId Entra => portal.Entra;

    [Fact]
    public async Task A_quality_team_member_with_a_token_gets_the_feeds_and_the_Excel_file()
    {
        using var client = portal.WithToken(Entra.Token(IndicatorPortal.QualityMember, EntraPortalFixture.ClientId));

        var csv = await client.GetAsync("/indicadores/datos/solicitudes.csv?anio=2025&trimestre=2");
        var json = await client.GetAsync("/indicadores/datos/preguntas.json?anio=2025");
        var excel = await client.GetAsync("/indicadores/excel?anio=2025");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("trimestre,radicadas,publicadas", (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        using var rows = System.Text.Json.JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal(4, rows.RootElement.GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType!.MediaType);
        Assert.True(csv.Headers.CacheControl is { Private: true, NoStore: true }, "per person: never cached");
    }

    [Theory]
    [InlineData(EntraPortalFixture.AppIdUri)]
    [InlineData(EntraPortalFixture.AppIdUri + "/")]
    [InlineData("api://" + EntraPortalFixture.ClientId)]
    public async Task The_v1_token_Power_BI_gets_for_the_portal_address_is_accepted(string audience)
    {
        using var client = portal.WithToken(Entra.Token(IndicatorPortal.QualityMember, audience, v1: true));

        var response = await client.GetAsync("/indicadores/datos/solicitudes.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_committee_member_listed_in_MiembrosComite_gets_the_data()
    {
        using var client = portal.WithToken(Entra.Token(IndicatorPortal.Staff, EntraPortalFixture.ClientId));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/indicadores/datos/solicitudes.csv")).StatusCode);

        await using (var db = portal.Host.Demo.Store.CreateDbContext())
        {
            db.Settings.Add(new AppSetting { Key = CommitteeMembers.Key, Value = $"otra-persona; {IndicatorPortal.Staff}" });
            await db.SaveChangesAsync();
        }
        try
        {
            var response = await client.GetAsync("/indicadores/datos/solicitudes.csv");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        }
        finally
        {
            await using var db = portal.Host.Demo.Store.CreateDbContext();
            db.Settings.RemoveRange(db.Settings.Where(s => s.Key == CommitteeMembers.Key));
            await db.SaveChangesAsync();
        }
    }

    [Theory]
    [InlineData("/indicadores/datos/solicitudes.csv")]
    [InlineData("/indicadores/datos/preguntas.json")]
    [InlineData("/indicadores/excel")]
    [InlineData("/indicadores")]
    public async Task Someone_signed_in_but_not_allowed_gets_the_spanish_403_and_no_number(string path)
    {
        using var client = portal.WithToken(Entra.Token(IndicatorPortal.Staff, EntraPortalFixture.ClientId));

        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Acceso no permitido", body, StringComparison.Ordinal);
        Assert.DoesNotContain("radicadas", body, StringComparison.Ordinal);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("wrong audience")]
    [InlineData("expired")]
    [InlineData("forged signature")]
    [InlineData("another tenant")]
    [InlineData("not a token")]
    public async Task A_bad_token_is_a_401_that_says_where_to_sign_in_never_a_redirect(string kind)
    {
        using var client = portal.WithToken(BadToken(kind));

        foreach (var path in new[] { "/indicadores/datos/solicitudes.csv", "/indicadores/excel", "/indicadores" })
        {
            var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Null(response.Headers.Location);
            var challenge = response.Headers.WwwAuthenticate.Single().ToString();
            Assert.StartsWith($"Bearer authorization_uri=\"{Entra.AuthorizationUri}\"", challenge, StringComparison.Ordinal);
            Assert.Contains("error=\"invalid_token\"", challenge, StringComparison.Ordinal);
            Assert.Contains("Inicio de sesión requerido", body, StringComparison.Ordinal);
            Assert.DoesNotContain("radicadas", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_feed_asked_without_credentials_answers_401_with_the_authority_as_Power_BI_expects()
    {
        using var anonymous = portal.Host.NewClient();
        using var probe = portal.Host.NewClient();
        probe.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer");

        foreach (var client in new[] { anonymous, probe })
        {
            var response = await client.GetAsync("/indicadores/datos/solicitudes.json");

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Null(response.Headers.Location);
            Assert.Equal($"Bearer authorization_uri=\"{Entra.AuthorizationUri}\"", response.Headers.WwwAuthenticate.Single().ToString());
            Assert.DoesNotContain("trimestre", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_browser_session_works_as_before_on_the_page_and_the_feeds()
    {
        using var member = portal.WithSession(IndicatorPortal.QualityMember);
        using var staff = portal.WithSession(IndicatorPortal.Staff);

        var page = await member.GetAsync("/indicadores");
        var feed = await member.GetAsync("/indicadores/datos/solicitudes.csv");
        var refused = await staff.GetAsync("/indicadores/datos/solicitudes.csv");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<caption id=\"tabla-solicitudes\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Acceso no permitido", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_out_browser_on_the_page_is_still_sent_to_Microsoft_sign_in()
    {
        var response = await portal.Host.NewClient().GetAsync("/indicadores");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"{FakeEntraId.Authority}{Entra.TenantId}/oauth2/v2.0/authorize?", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains($"client_id={EntraPortalFixture.ClientId}", response.Headers.Location!.Query, StringComparison.Ordinal);
    }

    private string BadToken(string kind) => kind switch
    {
        "wrong audience" => Entra.Token(IndicatorPortal.QualityMember, "api://otra-aplicacion"),
        "expired" => Entra.Token(IndicatorPortal.QualityMember, EntraPortalFixture.ClientId, expires: TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-1)),
        "forged signature" => Entra.Token(IndicatorPortal.QualityMember, EntraPortalFixture.ClientId, unpublishedKey: true),
        "another tenant" => Entra.Token(IndicatorPortal.QualityMember, EntraPortalFixture.ClientId, issuer: $"{FakeEntraId.Authority}{Guid.NewGuid()}/v2.0"),
        _ => "esto-no-es-un-token",
    };
}
