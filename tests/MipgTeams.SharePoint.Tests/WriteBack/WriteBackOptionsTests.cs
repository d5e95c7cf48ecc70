using MipgTeams.SharePoint.WriteBack;

namespace MipgTeams.SharePoint.Tests.WriteBack;

public sealed class WriteBackOptionsTests
{
    /// <summary>The least an enabled write-back needs: the site and the list, with the managed identity by default.</summary>
    private static readonly Dictionary<string, string?> Enabled = new()
    {
        ["WriteBack:Enabled"] = "true",
        ["WriteBack:SiteId"] = "contoso.sharepoint.com,1,2",
        ["WriteBack:ListId"] = "Solicitudes de cambio",
    };

    [Theory]
    [InlineData("WriteBack:SiteId", "", "WriteBack:SiteId is required")]
    [InlineData("WriteBack:Credential:Kind", "Password", "WriteBack:Credential:Kind must be")]
    [InlineData("WriteBack:Credential:Kind", "ClientSecret", "WriteBack:Credential:ClientSecret is required")]
    public void A_wrong_or_missing_setting_of_an_enabled_write_back_stops_the_start_naming_it(string key, string value, string message)
    {
        StartUpCheck.AssertRefused(WriteBackServiceCollectionExtensions.AddChangeRequestWriteBack, Enabled.WithCredentialIds("WriteBack"), key, value, message);
    }

    [Fact]
    public void Enabled_with_the_managed_identity_by_default_starts()
    {
        StartUp(Enabled);
    }

    private static void StartUp(Dictionary<string, string?> settings) =>
        StartUpCheck.StartUp(WriteBackServiceCollectionExtensions.AddChangeRequestWriteBack, settings);
}
