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
catch (Exception e) when (e is OptionsValidationException || e is InvalidOperationException { InnerException: FormatException })
{
    // A wrong or missing setting: say which, plainly, instead of a stack trace, and stop before serving anything.
    Console.Error.WriteLine("La configuración no es válida; corríjala y vuelva a iniciar:");
    foreach (var failure in e is OptionsValidationException invalid ? invalid.Failures : [e.Message])
    {
        Console.Error.WriteLine($"  - {failure}");
    }
    return 3;
}

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
