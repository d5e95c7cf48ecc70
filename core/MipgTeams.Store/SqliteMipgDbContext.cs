using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MipgTeams.Store;

/// <summary>The SQLite flavour of the store (the embedded default); its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteMipgDbContext(DbContextOptions<SqliteMipgDbContext> options) : MipgDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type: times are stored as sortable integers so queries can compare them ("due before now").
        // Every time the store holds is UTC, which keeps that order true.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
