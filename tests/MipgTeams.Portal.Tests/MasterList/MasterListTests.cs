using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MipgTeams.Portal.Tests.MasterList;

public sealed class MasterListTests(PortalFixture portal) : PortalTests(portal)
{
    [Fact]
    public async Task The_master_list_shows_every_current_document_and_the_obsolete_ones_only_on_the_toggle()
    {
        var current = await Host.GetHtmlAsync("/listado-maestro");
        var all = await Host.GetHtmlAsync("/listado-maestro?obsoletos=1");

        Assert.Contains("46 documentos", current);
        Assert.DoesNotContain("/documentos/GLEGN02-P001/3.0", current);
        HtmlAssert.Shows(all, "48 documentos", "/documentos/GLEGN02-P001/3.0", "(obsoleto)");
    }

    [Fact]
    public async Task Filters_by_process_type_and_text_combine()
    {
        var html = await Host.GetHtmlAsync("/listado-maestro?proceso=GLEGN02&tipo=formato&q=memoria");

        HtmlAssert.Shows(html, "1 documento ", "GLEGN02-F002");
        Assert.DoesNotContain("GLEGN02-F003", html);
    }

    [Fact]
    public async Task Sorting_by_approval_date_descending_puts_the_newest_first()
    {
        var html = await Host.GetHtmlAsync("/listado-maestro?orden=fecha&dir=desc");
        var dates = System.Text.RegularExpressions.Regex.Matches(html, "<td>([0-9]{4}-[0-9]{2}-[0-9]{2})</td>").Select(m => m.Groups[1].Value).ToList();

        Assert.True(dates.Count > 10);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        Assert.Contains("aria-sort=\"descending\"", html);
    }

    [Fact]
    public async Task The_Excel_download_holds_the_filtered_rows()
    {
        var response = await Host.Client.GetAsync("/listado-maestro.xlsx?macroproceso=GLEG");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Código", "Título", "Tipo", "Versión", "Estado", "Fecha de aprobación", "Proceso", "Macroproceso"], rows[0]);
        Assert.True(rows.Count > 2);
        Assert.All(rows.Skip(1), r => Assert.Equal("Gestión Jurídica", r[7]));
        Assert.Contains(rows, r => r[0] == "GLEGN02-P001" && r[3] == "4.0");
    }

    [Fact]
    public async Task The_CSV_download_is_UTF8_with_a_BOM_and_the_same_rows()
    {
        var response = await Host.Client.GetAsync("/listado-maestro.csv?tipo=guia");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("Código,Título,Tipo", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Contains(",Guía,", l));
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
    }
}
