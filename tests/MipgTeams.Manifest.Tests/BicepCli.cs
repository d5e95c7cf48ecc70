using System.Reflection;
using MipgTeams.TestSupport;

namespace MipgTeams.Manifest.Tests;

/// <summary>The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (its props set $(BicepPath)).</summary>
internal static class BicepCli
{
    private static readonly string Path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BicepPath").Value!;

    public static string Infra => System.IO.Path.Combine(RepoPaths.Root, "infra");

    public static ToolResult Run(IEnumerable<string> args, IDictionary<string, string?>? environment = null) => Tool.Run(Path, args, environment);
}
