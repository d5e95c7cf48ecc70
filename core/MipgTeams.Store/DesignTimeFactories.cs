using Microsoft.EntityFrameworkCore.Design;

namespace MipgTeams.Store;

// Used only by `dotnet ef migrations add` (scripts/regenerate-migrations.sh); the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMipgDbContext>
{
    public SqliteMipgDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMipgDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMipgDbContext>
{
    public PostgresMipgDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMipgDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
