using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MipgTeams.Evaluation;

/// <summary>The real bot (Program) over a fresh SQLite store synced from one evaluation library.</summary>
internal sealed class EvaluationHost : IAsyncDisposable
{
    private readonly string work;
    private readonly WebApplicationFactory<Program> factory;

    private EvaluationHost(string work, WebApplicationFactory<Program> factory)
    {
        this.work = work;
        this.factory = factory;
        Client = factory.CreateClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => factory.Services;

    public static async Task<EvaluationHost> StartAsync(EvaluationSet set)
    {
        var work = Directory.CreateTempSubdirectory("mipg-evaluation-").FullName;
        var connection = $"Data Source={Path.Combine(work, "mipg.db")}";
        await EvaluationRunner.SyncAsync(set, connection);
        var settings = new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Sqlite",
            ["Store:ConnectionString"] = connection,
            ["Folder:Root"] = set.Folder,
            ["Search:IndexPath"] = Path.Combine(work, "index"),
            ["Bot:MicrosoftAppId"] = "",
            ["Bot:MicrosoftAppPassword"] = "",
            ["Bot:MicrosoftAppTenantId"] = "",
        };
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
            // The index is built at start-up from the synced store; no background work races the questions.
            web.ConfigureServices(s =>
            {
                foreach (var hosted in s.Where(d => d.ServiceType == typeof(IHostedService)
                    && d.ImplementationType?.Name is "OutboxSenderService" or "IndexUpdaterService" or "ReminderScheduler").ToList())
                {
                    s.Remove(hosted);
                }
            });
        });
        return new EvaluationHost(work, factory);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(work, recursive: true);
    }
}
