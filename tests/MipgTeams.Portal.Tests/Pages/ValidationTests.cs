using System.Net;

namespace MipgTeams.Portal.Tests.Pages;

public sealed class ValidationTests(PortalFixture portal) : PortalTests(portal)
{
    /// <summary>The portal's own page, in Spanish, rather than the framework's bare error.</summary>
    private const string SpanishPage = "<html lang=\"es-CO\">";

    [Theory]
    [InlineData("/documentos/NOESUNCODIGO")]
    [InlineData("/documentos/GLEGN02-X001")]
    [InlineData("/procesos/proceso-raro")]
    [InlineData("/listado-maestro?pagina=-1")]
    [InlineData("/listado-maestro?pagina=1000000000")]
    [InlineData("/listado-maestro?pagina=abc")]
    [InlineData("/listado-maestro?proceso=ZZZZ99")]
    [InlineData("/listado-maestro?macroproceso=%3Cscript%3E")]
    [InlineData("/listado-maestro?tipo=poema")]
    [InlineData("/listado-maestro?orden=precio")]
    [InlineData("/listado-maestro?dir=arriba")]
    [InlineData("/listado-maestro.xlsx?pagina=-1")]
    [InlineData("/documentos/GLEGN02-P001/4.0.abc")]
    public async Task A_malformed_parameter_gets_a_Spanish_400_page(string path)
    {
        var (response, html) = await Host.Client.GetPageAsync(path, HttpStatusCode.BadRequest);

        HtmlAssert.Shows(html, SpanishPage, "Solicitud no válida");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/procesos/ZZZZ99")]
    [InlineData("/documentos/GLEGN02-P999")]
    [InlineData("/documentos/GLEGN02-P001/9.9")]
    [InlineData("/listado-maestro?pagina=99")]
    [InlineData("/no-existe")]
    public async Task An_unknown_thing_gets_a_Spanish_404_page(string path)
    {
        var (_, html) = await Host.Client.GetPageAsync(path, HttpStatusCode.NotFound);

        HtmlAssert.Shows(html, SpanishPage);
    }

    [Fact]
    public async Task Five_kilobytes_of_search_text_is_refused_with_a_400()
    {
        var text = new string('a', 5 * 1024);

        var search = await Host.Client.GetAsync("/buscar?q=" + text);
        var list = await Host.Client.GetAsync("/listado-maestro?q=" + text);

        Assert.Equal(HttpStatusCode.BadRequest, search.StatusCode);
        Assert.Contains("demasiado larga", await search.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, list.StatusCode);
    }

    [Theory]
    [InlineData("/documentos/..%2F..%2Fetc%2Fpasswd/1.0")]
    [InlineData("/documentos/GLEGN02-P001/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/documentos/GLEGN02-P001/%2e%2e%2f%2e%2e%2fappsettings.json")]
    [InlineData("/documentos/GLEGN02-P001/..%5C..%5Cmipg.db")]
    [InlineData("/documentos/GLEGN02-P001/%252e%252e%252fmipg.db")]
    public async Task Path_traversal_through_the_code_or_version_reads_no_file(string path)
    {
        var response = await Host.Client.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString());
    }
}
