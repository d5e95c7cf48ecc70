using System.ComponentModel.DataAnnotations;

namespace MipgTeams.Store;

/// <summary>Section "Store": which database holds the truth.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>"Sqlite" (default, a file created and migrated on first run) or "PostgreSql".</summary>
    [Required]
    [RegularExpression("^(Sqlite|PostgreSql)$", ErrorMessage = "Store:Provider must be Sqlite or PostgreSql.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>For SQLite a connection string such as "Data Source=data/mipg.db"; for PostgreSQL an Npgsql connection string.</summary>
    [Required(ErrorMessage = "Store:ConnectionString is required.")]
    public string ConnectionString { get; set; } = "Data Source=data/mipg.db";
}
