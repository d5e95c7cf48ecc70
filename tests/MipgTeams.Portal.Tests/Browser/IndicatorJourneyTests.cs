using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using MipgTeams.Indicators.Tables;
using MipgTeams.Portal.Tests.Indicators;

namespace MipgTeams.Portal.Tests.Browser;

/// <summary>The indicators in the browser: sign in as a quality member, read, filter, download; staff are refused.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IndicatorJourneyTests(BrowserFixture browser)
{
    /// <summary>On the development sign-in page: picks <paramref name="person"/> and enters, landing on the indicators.</summary>
    private static async Task SignInAsync(IPage page, string person)
    {
        await page.GetByLabel(person).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingresar" }).ClickAsync();
        await page.WaitForURLAsync("**/indicadores");
    }

    [Fact]
    public async Task A_quality_member_signs_in_sees_charts_and_tables_filters_and_downloads_the_Excel_file()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/indicadores");
        await page.WaitForURLAsync("**/indicadores/ingresar?*");
        await SignInAsync(page, "Lina Pérez Solano");

        Assert.Equal(6, await page.Locator("figure.chart svg[role=img]").CountAsync());
        Assert.Equal(IndicatorTables.Names.Count, await page.Locator("table.indicator").CountAsync());
        Assert.Equal("Trimestre", await page.Locator("#datos-solicitudes thead th").First.InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "10-indicadores");

        await page.GetByLabel("Macroproceso", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Direccionamiento Estratégico" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrar" }).ClickAsync();
        await page.WaitForURLAsync("**/indicadores?*macroproceso=DEST*");
        Assert.Contains("macroproceso Direccionamiento Estratégico", await page.Locator("p.lead").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("DEST", await page.GetByLabel("Macroproceso", new() { Exact = true }).InputValueAsync());

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Descargar Excel" }).ClickAsync());
        var saved = Path.Combine(BrowserFixture.Artifacts, "indicadores.xlsx");
        await download.SaveAsAsync(saved);
        Assert.EndsWith("DEST.xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        // Read with the Open XML SDK: ClosedXML 0.95.4, the only version here, does not run on .NET 10 with Open XML 3.
        using var workbook = SpreadsheetDocument.Open(saved, false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(IndicatorTables.Names, sheets.Select(s => s.Name!.Value));
        var requests = (WorksheetPart)workbook.WorkbookPart.GetPartById(sheets.Single(s => s.Name == IndicatorTables.Requests.Name).Id!);
        var rows = requests.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal("Solicitudes de cambio", rows[0][0]);
        Assert.Equal("Trimestre", rows[1][0]);
        Assert.Equal(["T1", "T2", "T3", "T4"], rows.Skip(2).Select(r => r[0][^2..]));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_staff_member_gets_the_403_page()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/indicadores/ingresar");
        await SignInAsync(page, "Carmen Elena Julio Barrios");

        Assert.Equal("Acceso no permitido", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(0, await page.Locator("svg.grafico").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "11-indicadores-403");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Outside_teams_the_tab_page_signs_in_in_the_same_window()
    {
        // The Teams library loads but finds no Teams around it: the button must stay an ordinary sign-in link.
        var page = await browser.NewPageAsync(1280);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync("/indicadores/teams");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ingresar" }).ClickAsync();
        await SignInAsync(page, "Lina Pérez Solano");

        Assert.True(await page.Locator("svg.grafico").CountAsync() > 0);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/indicadores", 1280)]
    [InlineData("/indicadores?trimestre=2&macroproceso=DEST", 360)]
    [InlineData("/indicadores/ingresar", 1280)]
    [InlineData("/indicadores/teams/listo", 360)]
    public async Task Axe_finds_no_violation_on_the_indicators(string path, int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/indicadores/ingresar");
        await SignInAsync(page, "Lina Pérez Solano");
        await page.GotoAsync(path);

        await Wcag.AssertNoViolationAsync(page);
        if (width == 360)
        {
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360);
        }
        await page.Context.CloseAsync();
    }
}
