using Microsoft.Extensions.Options;
using MipgTeams.Bot;
using MipgTeams.Bot.Hosting;
using MipgTeams.Bot.Protocol;
using MipgTeams.Search.Index;
using MipgTeams.Store;

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.Configuration.AddEnvironmentVariables("MIPG_");
    builder.Services.AddStore(builder.Configuration);
    builder.Services.AddMipgBot(builder.Configuration);
    builder.AddObservability();

    var app = builder.Build();
    app.Services.GetService<IStartupValidator>()?.Validate(); // bad settings stop us before the store is touched
    await app.Services.MigrateStoreAsync();
    await app.Services.GetRequiredService<IndexUpdater>().CatchUpAsync(); // a new instance builds its index from the store
    app.WarnWhenAuthenticationIsOff();
    app.MapBotEndpoint("/api/messages");
    app.MapHealthChecks("/healthz");
    app.MapFolderLibrary();
    app.Run();
    return 0;
}
catch (Exception e) when (SettingsErrors.Report(e, Console.Error) is { } exitCode)
{
    // A wrong or missing setting: said plainly, naming it, instead of a stack trace, before serving anything.
    return exitCode;
}

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
