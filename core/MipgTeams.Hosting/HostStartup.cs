using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MipgTeams.Store;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MipgTeams.Hosting;

/// <summary>The start-up sequence both hosts follow, in this order, before they serve or sync anything.</summary>
public static class HostStartup
{
    /// <summary>
    /// Runs <paramref name="main"/>; a wrong or missing setting, thrown anywhere in it, is printed to
    /// <paramref name="error"/> in Spanish, naming the setting, instead of a stack trace, and gives exit code
    /// <see cref="SettingsErrors.ExitCode"/>. Any other exception surfaces as is.
    /// </summary>
    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> main)
    {
        try
        {
            return await main();
        }
        catch (Exception e) when (SettingsErrors.Report(e, error) is { } exitCode)
        {
            return exitCode;
        }
    }

    /// <summary>
    /// Validates the settings (bad settings stop us before the store is touched), migrates the store, starts the
    /// telemetry exporters (a one-shot command never starts the host, whose hosted services would otherwise start
    /// them; disposing the host flushes them), then runs the host's own warm-up. A read-only host (the portal) passes
    /// <paramref name="migrateStore"/> false: the worker and the bot own the schema.
    /// </summary>
    public static async Task PrepareAsync(this IHost host, Func<IServiceProvider, Task>? warmUp = null, bool migrateStore = true)
    {
        host.Services.GetService<IStartupValidator>()?.Validate();
        if (migrateStore)
        {
            await host.Services.MigrateStoreAsync();
        }
        _ = host.Services.GetService<TracerProvider>();
        _ = host.Services.GetService<MeterProvider>();
        if (warmUp is not null)
        {
            await warmUp(host.Services);
        }
    }
}
