using System.Diagnostics;
using MipgTeams.TestSupport;

namespace MipgTeams.SyncWorker.Tests;

/// <summary>
/// Runs the built worker as an admin would, in its own process, with settings as <c>--Key=Value</c> arguments so the
/// test owns every path. The worker's appsettings.json sits beside it and only supplies the defaults left unset.
/// </summary>
internal static class WorkerProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    // The worker's own build output (same configuration as the tests): the copy in the test folder lacks its packages.
    private static readonly string WorkerDll = Path.Combine(
        RepoPaths.Root, "sync-worker", "MipgTeams.SyncWorker", "bin",
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "MipgTeams.SyncWorker.dll");

    public static async Task<WorkerResult> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(WorkerDll);
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
            throw new TimeoutException($"The worker did not exit within {Limit}: {string.Join(' ', args)}");
        }
        return new WorkerResult(process.ExitCode, await output, await error);
    }
}

internal sealed record WorkerResult(int ExitCode, string Output, string Error);
