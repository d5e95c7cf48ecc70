using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipgTeams.Store;

namespace MipgTeams.TestSupport;

/// <summary>A migrated, empty store of either provider: a SQLite file in a temp dir, or a fresh PostgreSQL database.</summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly string? sqliteFolder;

    private TestStore(ServiceProvider services, StoreOptions options, string? sqliteFolder)
    {
        this.services = services;
        this.sqliteFolder = sqliteFolder;
        Options = options;
    }

    public StoreOptions Options { get; }

    public IDbContextFactory<MipgDbContext> Factory => services.GetRequiredService<IDbContextFactory<MipgDbContext>>();

    public MipgDbContext CreateDbContext() => Factory.CreateDbContext();

    /// <summary>A store of <paramref name="provider"/>, migrated to the latest migration unless <paramref name="migrate"/> is false (then empty: no tables).</summary>
    public static async Task<TestStore> CreateAsync(StoreProvider provider, bool migrate = true)
    {
        string? folder = null;
        StoreOptions options;
        if (provider == StoreProvider.PostgreSql)
        {
            options = new StoreOptions { Provider = "PostgreSql", ConnectionString = await PostgresServer.CreateDatabaseAsync() };
        }
        else
        {
            folder = Directory.CreateTempSubdirectory("mipg-store-").FullName;
            options = new StoreOptions { Provider = "Sqlite", ConnectionString = $"Data Source={Path.Combine(folder, "mipg.db")}" };
        }
        var services = new ServiceCollection().AddStore(options).BuildServiceProvider();
        if (migrate)
        {
            await services.MigrateStoreAsync();
        }
        return new TestStore(services, options, folder);
    }

    /// <summary>A SQLite store that starts as a copy of <paramref name="databaseFile"/> (already migrated).</summary>
    public static TestStore CopyOfSqlite(string databaseFile)
    {
        var folder = Directory.CreateTempSubdirectory("mipg-store-").FullName;
        var copy = Path.Combine(folder, "mipg.db");
        File.Copy(databaseFile, copy);
        var options = new StoreOptions { Provider = "Sqlite", ConnectionString = $"Data Source={copy}" };
        return new TestStore(new ServiceCollection().AddStore(options).BuildServiceProvider(), options, folder);
    }

    /// <summary>Writes a consistent copy of this SQLite store to <paramref name="databaseFile"/>.</summary>
    public async Task SaveSqliteCopyAsync(string databaseFile)
    {
        await using var db = CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", databaseFile);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(sqliteFolder, recursive: true);
        }
    }
}
