using Microsoft.Playwright;
using MipgTeams.TestSupport;

namespace MipgTeams.Portal.Tests.Browser;

/// <summary>
/// The portal on a real Kestrel port on 127.0.0.1 and one headless Chromium (Debian's, which scripts/test.sh installs:
/// Playwright cannot download its own browsers here), shared by the browser tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public PortalHost Portal { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots are kept as test artifacts (TestResults/ is not committed).</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "TestResults", "portal")).FullName;

    public async Task InitializeAsync()
    {
        // With the development sign-in, so the indicators can be entered as one of the demo's people.
        Portal = await Indicators.IndicatorPortal.StartAsync(kestrel: true);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "es-CO",
        });
        return await context.NewPageAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        await Portal.DisposeAsync();
    }

    private static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        foreach (var candidate in new[] { configured, "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("Chromium is not installed: run scripts/test.sh (it installs Debian's chromium) or set CHROMIUM_PATH.");
    }
}
