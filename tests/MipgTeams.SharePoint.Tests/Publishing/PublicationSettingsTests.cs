using MipgTeams.SharePoint.Graph;
using MipgTeams.SharePoint.Publishing;

namespace MipgTeams.SharePoint.Tests.Publishing;

/// <summary>The bot publishes without syncing: the Graph settings it publishes with are checked at its start too.</summary>
public sealed class PublicationSettingsTests
{
    private static readonly Dictionary<string, string?> GraphSettings = new()
    {
        ["Sync:Source"] = "Graph",
        ["Graph:Site"] = "contoso.sharepoint.com:/sites/calidad",
        ["Graph:Credential:Kind"] = "None",
        ["Graph:Libraries:0"] = "Procesos MIPG",
        ["Graph:Libraries:1"] = "Formatos",
    };

    [Theory]
    [InlineData("Graph:Site", "", "Graph:Site is required")]
    [InlineData("Graph:Libraries:0", " ", "Graph:Libraries must name")]
    [InlineData("Graph:MaxRetries", "50", "Graph:MaxRetries must be between")]
    public void A_host_that_only_publishes_refuses_wrong_Graph_settings_at_start_naming_them(string key, string value, string message)
    {
        StartUpCheck.AssertRefused(PublicationServiceCollectionExtensions.AddLibraryPublication, GraphSettings, key, value, message);
    }

    [Fact]
    public void A_host_that_syncs_and_publishes_reads_each_configured_library_once()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(GraphSettings).Build();
        using var services = new ServiceCollection().AddLogging()
            .AddSharePointSync(configuration)
            .AddLibraryPublication(configuration)
            .BuildServiceProvider();

        Assert.Equal(["Procesos MIPG", "Formatos"], services.GetRequiredService<IOptions<GraphSourceOptions>>().Value.Libraries);
    }
}
