using System.Net;

namespace MipgTeams.Portal.Tests.Pages;

public sealed class PagesTests(PortalFixture portal) : PortalTests(portal)
{
    [Fact]
    public async Task Home_shows_the_dimensions_with_their_policies_the_MOP_map_and_the_latest_publications()
    {
        var html = await Host.GetHtmlAsync("/");

        HtmlAssert.Shows(html, "Las 7 dimensiones del MIPG y sus 19 políticas", "Política de Talento Humano",
            "Lidera: Dirección Administrativa de Talento Humano", "Macroprocesos estratégicos", "Macroprocesos de evaluación",
            "href=\"/procesos/GLEGN02\"", "Últimas publicaciones", "action=\"/buscar\"");
    }

    [Fact]
    public async Task A_process_page_lists_its_current_documents_grouped_by_type_caracterizacion_first()
    {
        var html = await Host.GetHtmlAsync("/procesos/GLEGN02");

        HtmlAssert.Shows(html, "<h1>Mejora Normativa</h1>", "Andrea Carolina Ríos Vega", "Oficina Asesora Jurídica");
        var characterization = html.IndexOf("<h3>Caracterizaciones</h3>", StringComparison.Ordinal);
        var procedures = html.IndexOf("<h3>Procedimientos</h3>", StringComparison.Ordinal);
        Assert.True(characterization > 0 && procedures > characterization);
        Assert.Contains("href=\"/documentos/GLEGN02-P001/4.0\"", html);
        Assert.DoesNotContain("/documentos/GLEGN02-P001/3.0", html); // the obsolete version is on the document page only
    }

    [Fact]
    public async Task A_document_page_shows_its_facts_first_lines_and_its_earlier_obsolete_versions()
    {
        var html = await Host.GetHtmlAsync("/documentos/GLEGN02-P001");

        HtmlAssert.Shows(html, "Procedimiento Actos Administrativos", "<dt>Versión</dt><dd>4.0</dd>", "Vigente",
            "href=\"/documentos/GLEGN02-P001/4.0\"", "Primeras líneas del documento",
            "Versión 3.0", "href=\"/documentos/GLEGN02-P001/3.0\"", "Obsoleto");
    }

    [Theory]
    [InlineData("/documentos/glegn02-p001", HttpStatusCode.MovedPermanently)] // typed in lower case: the page's one address
    [InlineData("/buscar?q=glegn02-p001", HttpStatusCode.Redirect)] // searched: straight to the page, no results list
    public async Task A_code_typed_in_lower_case_or_searched_goes_to_its_page(string path, HttpStatusCode status)
    {
        var response = await Host.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("/documentos/GLEGN02-P001", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_document_under_review_shows_nowhere()
    {
        var draft = await Host.Client.GetAsync("/documentos/GFORC01-M001");
        var download = await Host.Client.GetAsync("/documentos/GFORC01-M001/2.0");
        var list = await Host.GetHtmlAsync("/listado-maestro?obsoletos=1");
        var process = await Host.GetHtmlAsync("/procesos/GFORC01");
        var search = await Host.GetHtmlAsync("/buscar?q=manual+de+operacion+por+procesos");

        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.DoesNotContain("GFORC01-M001", list);
        Assert.DoesNotContain("GFORC01-M001", process);
        Assert.DoesNotContain("GFORC01-M001", search);
    }

    [Fact]
    public async Task No_page_shows_an_email_or_an_object_id()
    {
        var pages = new List<string> { "/", "/listado-maestro?obsoletos=1", "/cambios", "/cambios.atom", "/buscar?q=quien+lidera+mejora+normativa" };
        var home = await Host.GetHtmlAsync("/");
        pages.AddRange(System.Text.RegularExpressions.Regex.Matches(home, "href=\"(/procesos/[A-Z0-9]+)\"").Select(m => m.Groups[1].Value));
        var list = await Host.GetHtmlAsync("/listado-maestro?obsoletos=1");
        pages.AddRange(System.Text.RegularExpressions.Regex.Matches(list, "href=\"(/documentos/[A-Z0-9-]+)\"").Select(m => m.Groups[1].Value).Distinct());

        foreach (var page in pages)
        {
            var html = await Host.GetHtmlAsync(page);
            Assert.DoesNotMatch(@"[\w.]+@[\w-]+\.gov\.co", html);
            Assert.DoesNotMatch(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", html);
        }
        Assert.True(pages.Count > 40, $"only {pages.Count} pages crawled");
    }

    [Fact]
    public async Task Search_forgives_typos_and_missing_accents_and_shows_the_passage()
    {
        var html = await Host.GetHtmlAsync("/buscar?q=formato+memoria+justificatva");

        Assert.Contains("GLEGN02-F002", html);
        Assert.Contains("class=\"best\"", html);
    }

    [Fact]
    public async Task Recent_changes_are_newest_first_and_have_an_Atom_feed()
    {
        var html = await Host.GetHtmlAsync("/cambios");
        var feed = await Host.Client.GetAsync("/cambios.atom");
        var xml = System.Xml.Linq.XDocument.Parse(await feed.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";

        var dates = System.Text.RegularExpressions.Regex.Matches(html, "<p class=\"when\">([0-9-]+)</p>").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType?.MediaType);
        var entries = xml.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(dates.Count, entries.Count);
        Assert.All(entries, e => Assert.StartsWith("http://localhost/documentos/", e.Element(atom + "link")!.Attribute("href")!.Value));
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_a_short_cache()
    {
        var response = await Host.Client.GetAsync("/");

        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl?.MaxAge);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/procesos/GLEGN02")]
    [InlineData("/documentos/GLEGN02-P001")]
    [InlineData("/listado-maestro")]
    [InlineData("/cambios")]
    public async Task Pages_weigh_less_than_100_KB(string path)
    {
        var html = await Host.GetHtmlAsync(path);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(html) < 100_000);
        Assert.DoesNotContain("<script", html); // no script at all: every link and form works as plain HTML
    }
}
