using MipgTeams.SharePoint.WriteBack;

namespace MipgTeams.SharePoint.Tests.WriteBack;

public sealed class WriteBackOptionsTests
{
    [Theory]
    [InlineData("WriteBack:SiteId", "", "WriteBack:SiteId is required")]
    [InlineData("WriteBack:Credential:Kind", "Password", "WriteBack:Credential:Kind must be")]
    [InlineData("WriteBack:Credential:Kind", "ClientSecret", "WriteBack:Credential:ClientSecret is required")]
    public void A_wrong_or_missing_setting_of_an_enabled_write_back_stops_the_start_naming_it(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?>
        {
            ["WriteBack:Enabled"] = "true",
            ["WriteBack:SiteId"] = "contoso.sharepoint.com,1,2",
            ["WriteBack:ListId"] = "Solicitudes de cambio",
            ["WriteBack:Credential:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["WriteBack:Credential:ClientId"] = "00000000-0000-0000-0000-000000000002",
        };

        StartUpCheck.AssertRefused(WriteBackServiceCollectionExtensions.AddChangeRequestWriteBack, settings, key, value, message);
    }

    [Fact]
    public void Enabled_with_the_managed_identity_by_default_starts()
    {
        StartUp(new Dictionary<string, string?>
        {
            ["WriteBack:Enabled"] = "true",
            ["WriteBack:SiteId"] = "contoso.sharepoint.com,1,2",
            ["WriteBack:ListId"] = "Solicitudes de cambio",
        });
    }

    private static void StartUp(Dictionary<string, string?> settings) =>
        StartUpCheck.StartUp(WriteBackServiceCollectionExtensions.AddChangeRequestWriteBack, settings);
}
