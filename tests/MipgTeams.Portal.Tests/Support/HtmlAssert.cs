namespace MipgTeams.Portal.Tests.Support;

/// <summary>What a page shows and does not show, as lists of texts; a failure names the first text at fault.</summary>
public static class HtmlAssert
{
    public static void Shows(string html, params string[] texts)
    {
        foreach (var text in texts)
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }
    }

    public static void ShowsNone(string html, params string[] texts)
    {
        foreach (var text in texts)
        {
            Assert.DoesNotContain(text, html, StringComparison.Ordinal);
        }
    }
}
