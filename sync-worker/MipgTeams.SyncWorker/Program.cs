using MipgTeams.Hosting;
using MipgTeams.SharePoint;
using MipgTeams.SharePoint.Sync;
using MipgTeams.Store;
using MipgTeams.SyncWorker;

// Usage: (no command) hosted worker syncing on Sync:Interval · "once": one sync with progress and a summary ·
// "runs": the last sync runs. Configuration: appsettings.json, MIPG_ environment variables, --Key=Value arguments.
var command = args.FirstOrDefault(a => !a.StartsWith('-'))?.ToLowerInvariant();
if (command is not (null or "once" or "runs"))
{
    return SyncCommands.Usage(Console.Error, command);
}
// A wrong or missing setting stops the worker before it touches anything, naming the setting, with exit code 3.
return await HostStartup.RunAsync(Console.Error, async () =>
{
    // Settings files sit beside the program; relative paths in them (demo/, data/) start at the working directory.
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
    {
        Args = args.Where(a => a != command).ToArray(),
        ContentRootPath = AppContext.BaseDirectory,
    });
    builder.Configuration.AddEnvironmentVariables("MIPG_");
    if (command is not null)
    {
        // A one-shot command talks to a person in Spanish (progress, summary); the hosted worker's informational log
        // lines would only interleave with it. Warnings and errors still go to the console.
        builder.Logging.AddFilter((_, _, level) => level >= LogLevel.Warning);
    }
    builder.AddServiceDefaults(new ServiceTelemetry("mipgteams-sync-worker", SyncTelemetry.Name));
    builder.Services.AddStore(builder.Configuration);
    builder.Services.AddSharePointSync(builder.Configuration);
    builder.Services.AddHostedService<SyncBackgroundService>();

    using var host = builder.Build();
    await host.PrepareAsync();
    return command switch
    {
        "once" => await SyncCommands.OnceAsync(host.Services, Console.Out),
        "runs" => await SyncCommands.RunsAsync(host.Services, Console.Out),
        _ => await RunHostAsync(host),
    };
});

static async Task<int> RunHostAsync(IHost host)
{
    await host.RunAsync();
    return 0;
}
