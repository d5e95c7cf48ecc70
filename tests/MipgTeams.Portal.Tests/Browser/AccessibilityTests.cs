namespace MipgTeams.Portal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/", 1280)]
    [InlineData("/procesos/GLEGN02", 1280)]
    [InlineData("/documentos/GLEGN02-P001", 1280)]
    [InlineData("/buscar?q=formato+memoria+justificativa", 1280)]
    [InlineData("/buscar?q=xyzzy+plugh", 1280)]
    [InlineData("/listado-maestro?obsoletos=1", 1280)]
    [InlineData("/cambios", 1280)]
    [InlineData("/no-existe", 1280)]
    [InlineData("/", 360)]
    [InlineData("/listado-maestro", 360)]
    public async Task Axe_finds_no_WCAG_2_1_AA_violation(string path, int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync(path);

        await Wcag.AssertNoViolationAsync(page);
        await page.Context.CloseAsync();
    }
}
