using Microsoft.EntityFrameworkCore;

namespace MipgTeams.Store;

/// <summary>The SQLite flavour of the store (the embedded default); its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteMipgDbContext(DbContextOptions<SqliteMipgDbContext> options) : MipgDbContext(options);
