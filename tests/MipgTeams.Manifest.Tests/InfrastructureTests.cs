using System.Reflection;
using System.Text.Json.Nodes;
using MipgTeams.TestSupport;

namespace MipgTeams.Manifest.Tests;

/// <summary>The Bicep compiles and lints clean with the CLI from NuGet, for every environment.</summary>
public sealed class InfrastructureTests
{
    private static readonly string Bicep = typeof(InfrastructureTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BicepPath").Value!;

    private static string Infra => Path.Combine(RepoPaths.Root, "infra");

    [Fact]
    public void The_template_builds_without_warnings_and_has_every_part_of_the_deployment()
    {
        var result = Tool.Run(Bicep, ["build", Path.Combine(Infra, "main.bicep"), "--stdout"]);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.DoesNotContain("Warning", result.Error, StringComparison.OrdinalIgnoreCase);
        var template = JsonNode.Parse(result.Output)!;
        var types = template["resources"]!.AsArray().Select(r => r!["type"]!.GetValue<string>()).ToHashSet();
        Assert.Contains("Microsoft.BotService/botServices", types);
        Assert.Contains("Microsoft.BotService/botServices/channels", types);
        Assert.Contains("Microsoft.Web/sites", types);
        Assert.Contains("Microsoft.DBforPostgreSQL/flexibleServers", types);
        Assert.Contains("Microsoft.KeyVault/vaults", types);
        Assert.Contains("Microsoft.Insights/components", types);
        Assert.Contains("Microsoft.OperationalInsights/workspaces", types);
        Assert.NotNull(template["outputs"]!["botEndpoint"]);
    }

    [Fact]
    public void The_linter_finds_nothing()
    {
        var result = Tool.Run(Bicep, ["lint", Path.Combine(Infra, "main.bicep")]);
        Assert.True(result.ExitCode == 0 && result.All.Trim().Length == 0, result.All);
    }

    [Theory]
    [InlineData("dev.bicepparam")]
    [InlineData("prod.bicepparam")]
    public void Each_environments_parameters_build(string file)
    {
        var result = Tool.Run(Bicep, ["build-params", Path.Combine(Infra, file), "--stdout"]);
        Assert.True(result.ExitCode == 0, result.All);
        Assert.DoesNotContain("Warning", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void No_secret_is_written_into_app_settings_only_key_vault_references()
    {
        var template = File.ReadAllText(Path.Combine(Infra, "main.bicep"));
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", template, StringComparison.Ordinal);
        Assert.DoesNotContain("value: botAppPassword }", template.Replace("properties: { value: botAppPassword }", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
