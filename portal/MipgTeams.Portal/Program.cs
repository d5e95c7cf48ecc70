using MipgTeams.Hosting;
using MipgTeams.Portal.Hosting;
using MipgTeams.Portal.Indicators;
using MipgTeams.Store;

// A wrong or missing setting is said plainly, naming it, with exit code 3, before anything is served.
return await HostStartup.RunAsync(Console.Error, async () =>
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.Configuration.AddEnvironmentVariables("MIPG_");
    builder.AddPortalServiceDefaults();
    builder.Services.AddStore(builder.Configuration);
    builder.Services.AddPortal(builder.Configuration);
    builder.Services.AddIndicators(builder.Configuration, builder.Environment);

    var app = builder.Build();
    // Read-only: the worker and the bot own the schema; the portal loads its catalog and search index from the store.
    await app.PrepareAsync(migrateStore: false);
    await app.LoadCatalogAsync();
    app.UsePortal();
    app.MapHealthChecks(ServiceDefaultsExtensions.HealthPath);
    await app.RunAsync();
    return 0;
});

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
