using System.Text.Json.Nodes;

namespace MipgTeams.Manifest.Tests;

/// <summary>The Bicep compiles and lints clean with the CLI from NuGet, and deploys every part.</summary>
public sealed class InfrastructureTests
{
    [Fact]
    public void The_template_builds_without_warnings_and_has_every_part_of_the_deployment()
    {
        var result = BicepCli.Run(["build", Path.Combine(BicepCli.Infra, "main.bicep"), "--stdout"]);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.DoesNotContain("Warning", result.Error, StringComparison.OrdinalIgnoreCase);
        var template = JsonNode.Parse(result.Output)!;
        var types = template["resources"]!.AsArray().Select(r => r!["type"]!.GetValue<string>()).ToHashSet();
        Assert.Subset(types, new HashSet<string>
        {
            "Microsoft.BotService/botServices",
            "Microsoft.BotService/botServices/channels",
            "Microsoft.Web/serverfarms",
            "Microsoft.Web/sites",
            "Microsoft.App/managedEnvironments",
            "Microsoft.App/containerApps",
            "Microsoft.DBforPostgreSQL/flexibleServers",
            "Microsoft.KeyVault/vaults",
            "Microsoft.KeyVault/vaults/secrets",
            "Microsoft.Authorization/roleAssignments",
            "Microsoft.Insights/components",
            "Microsoft.OperationalInsights/workspaces",
        });
        Assert.NotNull(template["outputs"]!["botEndpoint"]);
        Assert.NotNull(template["outputs"]!["portalUrl"]);
        Assert.Contains(template["resources"]!.AsArray(), r => r!["type"]!.GetValue<string>() == "Microsoft.Web/sites"
            && r["properties"]?["siteConfig"]?["appCommandLine"]?.GetValue<string>() == "dotnet MipgTeams.Portal.dll");
        // The indicators' Entra sign-in is configured when the portal's registration is given, its secret from Key Vault.
        Assert.NotNull(template["parameters"]!["portalSignInClientId"]);
        Assert.Equal("securestring", template["parameters"]!["portalSignInClientSecret"]!["type"]!.GetValue<string>());
        Assert.Contains("'AzureAd__ClientSecret'", result.Output, StringComparison.Ordinal);
        Assert.Contains("'Portal__Auth__Mode', 'value', 'EntraId'", result.Output, StringComparison.Ordinal);
        // Power BI's organizational account: the App ID URI it asks a token for, passed when given.
        Assert.NotNull(template["parameters"]!["portalAppIdUri"]);
        Assert.Contains("'Portal__Auth__AppIdUri', 'value', parameters('portalAppIdUri')", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_linter_finds_nothing()
    {
        var result = BicepCli.Run(["lint", Path.Combine(BicepCli.Infra, "main.bicep")]);
        Assert.True(result.ExitCode == 0 && result.All.Trim().Length == 0, result.All);
    }
}
