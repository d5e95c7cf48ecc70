using System.Diagnostics;

namespace MipgTeams.Portal.Tests.Indicators;

/// <summary>The portal as its own process (as start.sh and App Service run it), for what it does before serving.</summary>
internal static class PortalProcess
{
    /// <summary>Starts the portal with these environment variables (MIPG_-prefixed for the settings) and waits for it to stop.</summary>
    public static async Task<(int ExitCode, string Error)> RunAsync(string environment, Dictionary<string, string> settings)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MipgTeams.Portal.dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        // Nothing may be touched before the settings are checked: a store and a port that do not exist say so.
        start.Environment["MIPG_Store__ConnectionString"] = "Data Source=" + Path.Combine(Path.GetTempPath(), "no-existe", "mipg.db");
        start.Environment["MIPG_Urls"] = "http://127.0.0.1:0";
        foreach (var (key, value) in settings)
        {
            start.Environment["MIPG_" + key] = value;
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The portal did not stop: it should have refused its settings. " + await output);
        }
        return (process.ExitCode, await error);
    }
}
