using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace MipgTeams.Portal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

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

        var result = await page.RunAxe(WcagAA);

        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }
}
