namespace MipgTeams.Store;

/// <summary>The PostgreSQL flavour of the store (production, several bot instances); migrations in Migrations/Postgres.</summary>
public sealed class PostgresMipgDbContext(DbContextOptions<PostgresMipgDbContext> options) : MipgDbContext(options);
