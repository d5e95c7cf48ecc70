namespace MipgTeams.Bot.Tests.Protocol;

public sealed class BotOptionsTests
{
    private const string Home = "99999999-0000-0000-0000-000000000001";
    private const string Other = "00000000-0000-0000-0000-00000000bad0";

    [Fact]
    public void A_single_tenant_bot_serves_only_its_own_tenant_unless_told_otherwise()
    {
        var options = new BotOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "secret", MicrosoftAppTenantId = Home };

        Assert.True(options.IsTenantServed(Home));
        Assert.False(options.IsTenantServed(Other));
        Assert.False(options.IsTenantServed(null));
    }

    [Fact]
    public void Allowed_tenants_when_configured_are_the_only_ones_served()
    {
        var options = new BotOptions { MicrosoftAppId = "app", AppType = BotAppType.MultiTenant, AllowedTenants = [Home.ToUpperInvariant()] };

        Assert.True(options.IsTenantServed(Home));
        Assert.False(options.IsTenantServed(Other));
    }

    [Fact]
    public void Without_an_app_id_the_local_playground_is_served_whatever_its_tenant() =>
        Assert.True(new BotOptions().IsTenantServed("00000000-0000-0000-0000-0000000000001"));

    [Fact]
    public async Task The_bot_does_not_start_with_an_app_id_but_no_secret_and_says_which_setting_is_missing()
    {
        var folder = Directory.CreateTempSubdirectory("mipg-bot-start-").FullName;
        try
        {
            var run = await HostProcess.RunAsync("bot/MipgTeams.Bot",
                $"--Bot:MicrosoftAppId={BotHost.AppId}", $"--Bot:MicrosoftAppTenantId={Home}",
                $"--Store:ConnectionString=Data Source={Path.Combine(folder, "mipg.db")}", $"--Search:IndexPath={Path.Combine(folder, "index")}",
                "--urls=http://127.0.0.1:0");

            Assert.Equal(3, run.ExitCode);
            Assert.Contains("La configuración no es válida", run.Error, StringComparison.Ordinal);
            Assert.Contains("Bot:MicrosoftAppPassword", run.Error, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder)); // stopped before the store or the index was touched
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
