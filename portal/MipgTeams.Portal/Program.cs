using Microsoft.Extensions.Options;
using MipgTeams.Portal.Hosting;
using MipgTeams.Store;

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.Configuration.AddEnvironmentVariables("MIPG_");
    builder.Services.AddStore(builder.Configuration);
    builder.Services.AddPortal(builder.Configuration);
    builder.Services.AddHealthChecks(); // the lead swaps this line for AddServiceDefaults()

    var app = builder.Build();
    app.Services.GetService<IStartupValidator>()?.Validate(); // bad settings stop us before the store is touched
    await app.LoadCatalogAsync(); // read-only: the worker and the bot migrate the store, the portal only reads it
    app.UsePortal();
    app.MapHealthChecks("/healthz");
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
