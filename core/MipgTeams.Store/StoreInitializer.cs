using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MipgTeams.Store.ChangeRequests;

namespace MipgTeams.Store;

public static class StoreInitializer
{
    /// <summary>
    /// Creates the database if needed (for SQLite, the file and its folder) and applies the provider's migrations.
    /// Hosts call it once at start-up; it is safe to call from several processes.
    /// </summary>
    public static async Task MigrateStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<MipgDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            EnsureSqliteFolder(db.Database.GetConnectionString());
        }
        await db.Database.MigrateAsync(cancellationToken);
        await EventFactsBackfill.RunAsync(db, cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets the sync worker write while the bot reads the same file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static void EnsureSqliteFolder(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
