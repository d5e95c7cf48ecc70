using MipgTeams.Bot;
using MipgTeams.Bot.ChangeRequests.Reports;
using MipgTeams.Bot.Hosting;
using MipgTeams.Bot.Protocol;
using MipgTeams.Hosting;
using MipgTeams.Search.Index;
using MipgTeams.Store;

// A wrong or missing setting is said plainly, naming it, with exit code 3, before anything is served.
return await HostStartup.RunAsync(Console.Error, async () =>
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.Configuration.AddEnvironmentVariables("MIPG_");
    builder.AddBotServiceDefaults();
    builder.Services.AddStore(builder.Configuration);
    builder.Services.AddMipgBot(builder.Configuration);

    var app = builder.Build();
    // A new instance builds its search index from the store, and warms the turn path, before it answers.
    await app.PrepareAsync(warmUp: async services =>
    {
        await services.GetRequiredService<IndexUpdater>().CatchUpAsync();
        await TurnWarmUp.RunAsync(services);
    });
    app.WarnWhenAuthenticationIsOff();
    app.MapBotEndpoint("/api/messages");
    app.MapCommitteeReport();
    app.MapHealthChecks(ServiceDefaultsExtensions.HealthPath);
    app.MapFolderLibrary();
    await app.RunAsync();
    return 0;
});

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
