using MipgTeams.SharePoint;
using MipgTeams.Store;
using MipgTeams.SyncWorker;

// Usage: (no command) hosted worker syncing on Sync:Interval · "once": one sync with progress and a summary ·
// "runs": the last sync runs. Configuration: appsettings.json, MIPG_ environment variables, --Key=Value arguments.
var command = args.FirstOrDefault(a => !a.StartsWith('-'))?.ToLowerInvariant();
// Settings files sit beside the program; relative paths in them (demo/, data/) start at the working directory.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args.Where(a => a != command).ToArray(),
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Configuration.AddEnvironmentVariables("MIPG_");
builder.Services.AddStore(builder.Configuration);
builder.Services.AddSharePointSync(builder.Configuration);
builder.Services.AddHostedService<SyncBackgroundService>();

using var host = builder.Build();
await host.Services.MigrateStoreAsync();
return command switch
{
    null => await RunHostAsync(host),
    "once" => await SyncCommands.OnceAsync(host.Services, Console.Out),
    "runs" => await SyncCommands.RunsAsync(host.Services, Console.Out),
    _ => SyncCommands.Usage(Console.Error, command),
};

static async Task<int> RunHostAsync(IHost host)
{
    await host.RunAsync();
    return 0;
}
