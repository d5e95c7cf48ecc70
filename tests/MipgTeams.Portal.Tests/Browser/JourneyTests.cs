using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;

namespace MipgTeams.Portal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class JourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task From_home_to_a_process_to_a_document_and_its_download()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await BrowserFixture.ScreenshotAsync(page, "01-inicio");

        await page.GetByRole(AriaRole.Link, new() { Name = "Mejora Normativa", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/procesos/GLEGN02");
        Assert.Equal("Mejora Normativa", await page.Locator("h1").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "02-proceso");

        await page.GetByRole(AriaRole.Link, new() { Name = "GLEGN02-P001", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/documentos/GLEGN02-P001");
        Assert.Contains("Procedimiento Actos Administrativos", await page.Locator("h1").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "03-documento");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Descargar GLEGN02-P001 versión 4.0" }).ClickAsync());
        var saved = Path.Combine(BrowserFixture.Artifacts, "descarga.docx");
        await download.SaveAsAsync(saved);

        Assert.StartsWith("GLEGN02-P001 v4.0 Procedimiento", download.SuggestedFilename);
        Assert.EndsWith(".docx", download.SuggestedFilename);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(saved, false);
        Assert.Contains("Actos Administrativos", word.MainDocumentPart!.Document.InnerText);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_with_a_typo_finds_the_document_and_shows_its_passage_first()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Buscar en la documentación").FillAsync("formato memoria justificatva");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/buscar?q=*");
        await BrowserFixture.ScreenshotAsync(page, "04-buscar");

        Assert.Contains("GLEGN02-F002", await page.Locator("ol.hits > li.best h3").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_master_list_filtered_downloads_as_an_Excel_file_with_the_same_rows()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/listado-maestro");

        await page.GetByLabel("Macroproceso").SelectOptionAsync(new SelectOptionValue { Label = "Gestión Jurídica" });
        await page.GetByLabel("Tipo").SelectOptionAsync(new SelectOptionValue { Label = "Procedimiento" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrar" }).ClickAsync();
        await page.WaitForURLAsync("**/listado-maestro?*");
        await BrowserFixture.ScreenshotAsync(page, "05-listado-maestro");
        var shown = await page.Locator("table.master tbody tr td:first-child").AllInnerTextsAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Excel" }).ClickAsync());
        var saved = Path.Combine(BrowserFixture.Artifacts, "listado-maestro.xlsx");
        await download.SaveAsAsync(saved);
        using var workbook = SpreadsheetDocument.Open(saved, false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();

        Assert.True(shown.Count >= 3);
        Assert.Equal(shown, rows.Skip(1).Select(r => r[0]));
        Assert.All(rows.Skip(1), r => Assert.Equal("Procedimiento", r[2]));
        Assert.All(rows.Skip(1), r => Assert.Equal("Gestión Jurídica", r[7]));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_keyboard_alone_reaches_the_content_and_the_navigation()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Saltar al contenido", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("contenido", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.GotoAsync("/");
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("document.activeElement.textContent") != "Listado maestro"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/listado-maestro");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/procesos/GLEGN02")]
    [InlineData("/documentos/GLEGN02-P001")]
    [InlineData("/listado-maestro?obsoletos=1")]
    public async Task Pages_fit_a_360_px_phone_without_sideways_scrolling(string path)
    {
        var page = await browser.NewPageAsync(360, 740);
        await page.GotoAsync(path);
        await BrowserFixture.ScreenshotAsync(page, "movil" + path.Replace('/', '_').Replace('?', '_').Replace('=', '_'));

        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360);
        await page.Context.CloseAsync();
    }
}
