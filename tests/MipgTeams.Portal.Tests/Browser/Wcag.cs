using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MipgTeams.Portal.Tests.Browser;

/// <summary>The accessibility bar every page meets: axe-core finds no violation of the WCAG 2.1 A and AA rules.</summary>
internal static class Wcag
{
    private static readonly AxeRunOptions AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Runs axe on the page as it stands; a failure lists each violation with the elements at fault.</summary>
    public static async Task AssertNoViolationAsync(IPage page)
    {
        var result = await page.RunAxe(AA);

        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
