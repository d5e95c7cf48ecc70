using MipgTeams.Bot;
using MipgTeams.Bot.Hosting;
using MipgTeams.Bot.Protocol;
using MipgTeams.Search.Index;
using MipgTeams.Store;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddEnvironmentVariables("MIPG_");
builder.Services.AddStore(builder.Configuration);
builder.Services.AddMipgBot(builder.Configuration);
builder.AddObservability();

var app = builder.Build();
await app.Services.MigrateStoreAsync();
await app.Services.GetRequiredService<IndexUpdater>().CatchUpAsync(); // a new instance builds its index from the store
app.WarnWhenAuthenticationIsOff();
app.MapBotEndpoint("/api/messages");
app.MapHealthChecks("/healthz");
app.MapFolderLibrary();
app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
