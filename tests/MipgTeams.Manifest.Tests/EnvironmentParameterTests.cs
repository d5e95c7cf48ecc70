namespace MipgTeams.Manifest.Tests;

/// <summary>Each environment's parameter file builds, with its secrets read from the deploying shell and never stored.</summary>
public sealed class EnvironmentParameterTests
{
    // What the parameter files read from the deploying shell (docs/deployment.md, step 2).
    private static readonly Dictionary<string, string?> DeployEnvironment = new()
    {
        ["MIPG_BOT_APP_ID"] = "11111111-2222-3333-4444-555555555555",
        ["MIPG_BOT_APP_PASSWORD"] = "bot-secret",
        ["MIPG_POSTGRES_PASSWORD"] = "Postgres-Secret-1",
        ["MIPG_REPORT_SIGNING_KEY"] = "0123456789abcdef0123456789abcdef0123",
        ["MIPG_SYNC_WORKER_IMAGE"] = null,
    };

    [Theory]
    [InlineData("dev.bicepparam")]
    [InlineData("prod.bicepparam")]
    public void Each_environments_parameters_build(string file)
    {
        var result = BicepCli.Run(["build-params", Path.Combine(BicepCli.Infra, file), "--stdout"], DeployEnvironment);
        Assert.True(result.ExitCode == 0, result.All);
        Assert.DoesNotContain("Warning", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parameters_without_the_secrets_in_the_environment_fail_naming_them()
    {
        var environment = new Dictionary<string, string?>(DeployEnvironment) { ["MIPG_BOT_APP_PASSWORD"] = null, ["MIPG_REPORT_SIGNING_KEY"] = "corta" };

        var result = BicepCli.Run(["build-params", Path.Combine(BicepCli.Infra, "prod.bicepparam"), "--stdout"], environment);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("MIPG_BOT_APP_PASSWORD", result.Error, StringComparison.Ordinal);
        Assert.Contains("minimum allowable length is 32", result.Error, StringComparison.Ordinal);
    }
}
