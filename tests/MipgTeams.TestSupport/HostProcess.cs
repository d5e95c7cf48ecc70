using System.Diagnostics;

namespace MipgTeams.TestSupport;

/// <summary>
/// Runs one of our built hosts (the bot, the sync worker) as an operator would, in its own process, with settings as
/// <c>--Key=Value</c> arguments so the test owns every path. Uses the host's own build output, in the configuration
/// the tests were built in: a copy in a test folder lacks the host's packages.
/// </summary>
public static class HostProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <param name="project">The host's project folder from the repository root, such as "bot/MipgTeams.Bot".</param>
    /// <param name="args">The host's command-line arguments.</param>
    public static async Task<HostResult> RunAsync(string project, params string[] args)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = Path.Combine(RepoPaths.Root, project, "bin", configuration, "net10.0", Path.GetFileName(project) + ".dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{project} did not exit within {Limit}: {string.Join(' ', args)}");
        }
        return new HostResult(process.ExitCode, await output, await error);
    }
}

public sealed record HostResult(int ExitCode, string Output, string Error);
