using System.Net;
using MipgTeams.Domain.Settings;
using MipgTeams.Portal.Tests.Support;

namespace MipgTeams.Portal.Tests.Indicators;

/// <summary>Who sees the indicators: the quality team and the committee; anyone else signed in gets 403; nobody signed out sees a number.</summary>
public sealed class IndicatorAccessTests(IndicatorPortalFixture portal) : IClassFixture<IndicatorPortalFixture>
{
    private PortalHost Host => portal.Host;

    [Theory]
    [InlineData("/indicadores")]
    [InlineData("/indicadores?anio=2026&trimestre=4")]
    [InlineData("/indicadores/excel")]
    [InlineData("/indicadores/datos/solicitudes.csv")]
    [InlineData("/indicadores/datos/solicitudes.json")]
    public async Task Signed_out_is_sent_to_sign_in_and_sees_no_number(string path)
    {
        var response = await Host.NewClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/indicadores/ingresar?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_quality_team_member_sees_every_indicator_with_its_chart_and_table()
    {
        using var client = await Host.SignedInAsync(IndicatorPortal.QualityMember);

        var (response, html) = await client.GetPageAsync("/indicadores", HttpStatusCode.OK);

        HtmlAssert.Shows(html, "Lina Pérez Solano");
        foreach (var chart in new[] { "grafico-procesos", "grafico-solicitudes", "grafico-tiempos", "grafico-a-tiempo", "grafico-preguntas", "grafico-socializacion" })
        {
            Assert.Contains($"aria-labelledby=\"{chart}-titulo {chart}-desc\"", html, StringComparison.Ordinal);
        }
        foreach (var table in MipgTeams.Indicators.Tables.IndicatorTables.Names)
        {
            Assert.Contains($"<caption id=\"tabla-{table}\">", html, StringComparison.Ordinal);
        }
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, "per person: never cached");
    }

    [Fact]
    public async Task Staff_signed_in_get_the_spanish_403_page()
    {
        using var client = await Host.SignedInAsync(IndicatorPortal.Staff);

        foreach (var path in new[] { "/indicadores", "/indicadores/excel", "/indicadores/datos/preguntas.json" })
        {
            var (_, html) = await client.GetPageAsync(path, HttpStatusCode.Forbidden);
            HtmlAssert.Shows(html, "Acceso no permitido");
            HtmlAssert.ShowsNone(html, "grafico-");
        }
    }

    [Fact]
    public async Task A_committee_member_in_Configuracion_may_see_them()
    {
        using var client = await Host.SignedInAsync(IndicatorPortal.Staff);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/indicadores")).StatusCode);

        await using (var db = Host.Demo.Store.CreateDbContext())
        {
            db.Settings.Add(new AppSetting { Key = CommitteeMembers.Key, Value = IndicatorPortal.Staff });
            await db.SaveChangesAsync();
        }
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/indicadores")).StatusCode);
        }
        finally
        {
            await using var db = Host.Demo.Store.CreateDbContext();
            db.Settings.RemoveRange(db.Settings.Where(s => s.Key == CommitteeMembers.Key));
            await db.SaveChangesAsync();
        }
    }

    [Theory]
    [InlineData("/indicadores?anio=dosmil", "El año debe ser")]
    [InlineData("/indicadores?anio=1999", "El año debe ser")]
    [InlineData("/indicadores?trimestre=5", "El trimestre debe ser")]
    [InlineData("/indicadores?macroproceso=NOEXISTE", "El macroproceso indicado no existe")]
    [InlineData("/indicadores?proceso=..%2F..%2Fetc", "El proceso indicado no existe")]
    [InlineData("/indicadores/excel?trimestre=0", "El trimestre debe ser")]
    [InlineData("/indicadores/datos/solicitudes.csv?anio=3000", "El año debe ser")]
    public async Task A_bad_filter_gets_a_spanish_400_page(string path, string reason)
    {
        using var client = await Host.SignedInAsync(IndicatorPortal.QualityMember);

        var (_, html) = await client.GetPageAsync(path, HttpStatusCode.BadRequest);

        HtmlAssert.Shows(html, reason);
    }

    [Theory]
    [InlineData("/indicadores/datos/no-existe.csv")]
    [InlineData("/indicadores/datos/solicitudes.xml")]
    public async Task An_unknown_feed_gets_a_spanish_404_that_lists_the_feeds(string path)
    {
        using var client = await Host.SignedInAsync(IndicatorPortal.QualityMember);

        var (_, html) = await client.GetPageAsync(path, HttpStatusCode.NotFound);

        HtmlAssert.Shows(html, "No existe el indicador", "tiempos-de-ciclo");
    }

    [Fact]
    public async Task The_feeds_give_csv_and_json_with_the_filters()
    {
        using var client = await Host.SignedInAsync(IndicatorPortal.QualityMember);

        var csv = await client.GetAsync("/indicadores/datos/solicitudes.csv?anio=2025&trimestre=2&macroproceso=DEST");
        var json = await client.GetAsync("/indicadores/datos/preguntas.json?anio=2025");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["trimestre,radicadas,publicadas,devueltas,canceladas,en_tramite", "2025-T2,0,0,0,0,0"], lines);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        using var document = System.Text.Json.JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal(4, document.RootElement.GetArrayLength());
        Assert.Equal("2025-T1", document.RootElement[0].GetProperty("trimestre").GetString());
    }

    [Fact]
    public async Task The_public_pages_stay_anonymous()
    {
        var response = await Host.NewClient().GetAsync("/listado-maestro");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Teams_may_frame_the_indicators_and_nothing_else()
    {
        using var client = await Host.SignedInAsync(IndicatorPortal.QualityMember);

        var response = await client.GetAsync("/indicadores");

        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Contains("frame-ancestors 'self' https://teams.microsoft.com", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
