using MipgTeams.SharePoint.Graph;
using MipgTeams.SharePoint.Publishing;

namespace MipgTeams.SharePoint.Tests.Graph;

public sealed class GraphSourceOptionsTests
{
    /// <summary>The least a Graph sync needs: a site, reached without a credential (a mock server).</summary>
    private static readonly Dictionary<string, string?> MockServer = new()
    {
        ["Sync:Source"] = "Graph",
        ["Graph:Site"] = "contoso.sharepoint.com:/sites/calidad",
        ["Graph:Credential:Kind"] = "None",
    };

    [Theory]
    [InlineData("Graph:Site", "", "Graph:Site is required")]
    [InlineData("Graph:Site", "contoso.sharepoint.com:sites/calidad", "Graph:Site must be hostname:/server-relative-path")]
    [InlineData("Graph:BaseUrl", "graph.microsoft.com", "Graph:BaseUrl must be an absolute")]
    [InlineData("Graph:Libraries:0", " ", "Graph:Libraries must name")]
    [InlineData("Graph:Lists:Processes", "", "Graph:Lists:Processes must name")]
    [InlineData("Graph:Credential:Kind", "Password", "Graph:Credential:Kind must be")]
    [InlineData("Graph:Credential:Kind", "ClientSecret", "Graph:Credential:ClientSecret is required")]
    [InlineData("Graph:Credential:Kind", "Certificate", "Graph:Credential:CertificatePath must name")]
    [InlineData("Graph:PageSize", "0", "Graph:PageSize must be between")]
    public void A_wrong_or_missing_setting_stops_the_start_naming_it(string key, string value, string message)
    {
        StartUpCheck.AssertRefused(SharePointServiceCollectionExtensions.AddSharePointSync, MockServer.WithCredentialIds("Graph"), key, value, message);
        // The bot publishes into the same library without syncing it: its start checks the same settings.
        StartUpCheck.AssertRefused(PublicationServiceCollectionExtensions.AddLibraryPublication, MockServer.WithCredentialIds("Graph"), key, value, message);
    }

    [Fact]
    public void A_mock_server_without_credential_and_the_documented_defaults_start()
    {
        StartUp(MockServer);
    }

    [Fact]
    public void Configured_libraries_replace_the_default_one()
    {
        var configured = Libraries(new() { ["Graph:Libraries:0"] = "Procesos MIPG", ["Graph:Libraries:1"] = "Formatos" });
        var unset = Libraries([]);

        Assert.Equal(["Procesos MIPG", "Formatos"], configured);
        Assert.Equal([GraphSourceOptions.DefaultLibrary], unset);
    }

    [Fact]
    public void A_host_that_syncs_and_publishes_reads_each_configured_library_once()
    {
        var libraries = Libraries(
            new() { ["Graph:Libraries:0"] = "Procesos MIPG", ["Graph:Libraries:1"] = "Formatos" },
            (services, configuration) => services.AddSharePointSync(configuration).AddLibraryPublication(configuration));

        Assert.Equal(["Procesos MIPG", "Formatos"], libraries);
    }

    private static List<string> Libraries(
        Dictionary<string, string?> libraries, Func<IServiceCollection, IConfiguration, IServiceCollection>? register = null)
    {
        var settings = new Dictionary<string, string?>(MockServer.Concat(libraries));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        register ??= SharePointServiceCollectionExtensions.AddSharePointSync;
        using var services = register(new ServiceCollection().AddLogging(), configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<GraphSourceOptions>>().Value.Libraries;
    }

    [Fact]
    public void The_folder_source_does_not_ask_for_Graph_settings()
    {
        StartUp(new Dictionary<string, string?> { ["Sync:Source"] = "Folder" });
    }

    private static void StartUp(Dictionary<string, string?> settings) =>
        StartUpCheck.StartUp(SharePointServiceCollectionExtensions.AddSharePointSync, settings);
}
