using MipgTeams.Bot.Outbox.Installation;

namespace MipgTeams.Bot.Tests.Outbox.Installation;

public sealed class TeamsAppOptionsTests
{
    private static ValidateOptionsResult Validate(TeamsAppOptions options) =>
        new DataAnnotationValidateOptions<TeamsAppOptions>(Options.DefaultName).Validate(Options.DefaultName, options);

    [Fact]
    public void Nothing_configured_is_valid_and_installs_nothing()
    {
        var options = new TeamsAppOptions();

        Assert.True(Validate(options).Succeeded);
        Assert.False(options.InstallsApp);
    }

    [Fact]
    public void A_catalog_app_id_needs_the_service_url_the_tenant_and_a_credential_each_named()
    {
        var result = Validate(new TeamsAppOptions { CatalogAppId = "not-a-guid", Credential = new() { Kind = "ClientSecret" } });

        Assert.True(result.Failed);
        foreach (var setting in new[] { "TeamsApp:CatalogAppId", "TeamsApp:ServiceUrl", "TeamsApp:TenantId", "TeamsApp:Credential:ClientSecret" })
        {
            Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_service_url_that_is_not_http_is_refused()
    {
        var result = Validate(new TeamsAppOptions { ServiceUrl = "smba.trafficmanager.net/amer" });

        Assert.Contains("TeamsApp:ServiceUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_section_is_bound_and_checked_when_the_bot_starts()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TeamsApp:CatalogAppId"] = "7d1e4f00-0000-4000-8000-00000000ca7a",
            ["TeamsApp:TenantId"] = "99999999-0000-0000-0000-000000000001",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddOutbox(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TeamsAppOptions>>().Value);

        Assert.Contains("TeamsApp:ServiceUrl is required", error.Message, StringComparison.Ordinal);
    }
}
