using System.Net;
using MipgTeams.Portal.Tests.Support;

namespace MipgTeams.Portal.Tests.Indicators;

/// <summary>
/// The Teams tab: Microsoft's sign-in page cannot be shown inside the tab's frame, so the tab opens on a page that signs
/// in through Teams' own authentication window and ends on a page that tells Teams it succeeded.
/// </summary>
public sealed class TeamsTabSignInTests(IndicatorPortalFixture portal) : IClassFixture<IndicatorPortalFixture>
{
    private PortalHost Host => portal.Host;

    [Fact]
    public async Task Signed_out_the_tab_offers_to_sign_in_through_teams_and_shows_no_number()
    {
        var (response, html) = await Host.NewClient().GetPageAsync("/indicadores/teams", HttpStatusCode.OK);

        // Outside Teams the button is an ordinary sign-in; inside, the script opens Teams' window on the same sign-in,
        // which ends on the page that reports success to Teams.
        HtmlAssert.Shows(html,
            "href=\"/indicadores/ingresar?ReturnUrl=%2Findicadores\"",
            "data-teams-href=\"/indicadores/ingresar?ReturnUrl=%2Findicadores%2Fteams%2Flisto\"",
            "src=\"/lib/teams-js/MicrosoftTeams.min.js",
            "src=\"/js/teams-tab.js");
        HtmlAssert.ShowsNone(html, "grafico-");
        // Teams frames the tab: its hosts are allowed to, nobody else.
        Assert.Contains("https://teams.microsoft.com", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_the_tab_goes_straight_to_the_indicators()
    {
        using var client = await Host.SignedInAsync(IndicatorPortal.QualityMember);

        var response = await client.GetAsync("/indicadores/teams");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/indicadores", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_sign_in_window_ends_on_the_page_that_tells_teams_it_succeeded()
    {
        using var client = await Host.SignedInAsync(IndicatorPortal.QualityMember);

        var (_, html) = await client.GetPageAsync("/indicadores/teams/listo", HttpStatusCode.OK);

        HtmlAssert.Shows(html, "src=\"/js/teams-signed-in.js", "href=\"/indicadores\"");
    }

    [Theory]
    [InlineData("/lib/teams-js/MicrosoftTeams.min.js", "notifySuccess")]
    [InlineData("/js/teams-tab.js", "authentication.authenticate")]
    [InlineData("/js/teams-signed-in.js", "authentication.notifySuccess")]
    public async Task The_scripts_are_served_by_the_portal_itself(string path, string holds)
    {
        // The pages' Content-Security-Policy allows scripts from this site only: no CDN.
        var response = await Host.NewClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(holds, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
