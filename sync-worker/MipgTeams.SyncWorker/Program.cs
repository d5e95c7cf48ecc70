using Microsoft.Extensions.Options;
using MipgTeams.SharePoint;
using MipgTeams.Store;
using MipgTeams.SyncWorker;

// Usage: (no command) hosted worker syncing on Sync:Interval · "once": one sync with progress and a summary ·
// "runs": the last sync runs. Configuration: appsettings.json, MIPG_ environment variables, --Key=Value arguments.
var command = args.FirstOrDefault(a => !a.StartsWith('-'))?.ToLowerInvariant();
if (command is not (null or "once" or "runs"))
{
    return SyncCommands.Usage(Console.Error, command);
}
// Settings files sit beside the program; relative paths in them (demo/, data/) start at the working directory.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args.Where(a => a != command).ToArray(),
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Configuration.AddEnvironmentVariables("MIPG_");
if (command is not null)
{
    // A one-shot command talks to a person in Spanish (progress, summary); the hosted worker's informational log lines
    // would only interleave with it. Warnings and errors still go to the console.
    builder.Logging.AddFilter((_, _, level) => level >= LogLevel.Warning);
}
builder.Services.AddStore(builder.Configuration);
builder.Services.AddSharePointSync(builder.Configuration);
builder.Services.AddHostedService<SyncBackgroundService>();
builder.AddObservability();

try
{
    using var host = builder.Build();
    host.Services.GetService<IStartupValidator>()?.Validate(); // bad settings stop us before the store is touched
    await host.Services.MigrateStoreAsync();
    host.StartTelemetry(); // a one-shot run does not start the host, whose hosted services would otherwise start it
    return command switch
    {
        "once" => await SyncCommands.OnceAsync(host.Services, Console.Out),
        "runs" => await SyncCommands.RunsAsync(host.Services, Console.Out),
        _ => await RunHostAsync(host),
    };
}
catch (Exception e) when (SettingsErrors.Report(e, Console.Error) is { } exitCode)
{
    // A wrong or missing setting stops the worker before it touches anything, naming the setting.
    return exitCode;
}

static async Task<int> RunHostAsync(IHost host)
{
    await host.RunAsync();
    return 0;
}
