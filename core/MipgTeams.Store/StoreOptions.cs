using System.ComponentModel.DataAnnotations;

namespace MipgTeams.Store;

/// <summary>Section "Store": which database holds the truth.</summary>
public sealed class StoreOptions : IValidatableObject
{
    public const string Section = "Store";

    /// <summary>"Sqlite" (default, a file created and migrated on first run) or "PostgreSql".</summary>
    [Required]
    [RegularExpression("^(Sqlite|PostgreSql)$", ErrorMessage = "Store:Provider must be Sqlite or PostgreSql.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>For SQLite a connection string such as "Data Source=data/mipg.db"; for PostgreSQL an Npgsql connection string.</summary>
    [Required(ErrorMessage = "Store:ConnectionString is required.")]
    public string ConnectionString { get; set; } = "Data Source=data/mipg.db";

    /// <summary>The connection string is read as the provider reads it, so a typo stops start-up naming the setting.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) || Provider is not ("Sqlite" or "PostgreSql"))
        {
            yield break; // the attributes above say what is wrong
        }
        string? problem = null;
        try
        {
            _ = Provider == "PostgreSql"
                ? new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString).ConnectionString
                : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).ConnectionString;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            problem = e.Message; // names the keyword or the position, never the password
        }
        if (problem is not null)
        {
            yield return new ValidationResult($"Store:ConnectionString is not a valid {Provider} connection string: {problem}", [nameof(ConnectionString)]);
        }
    }
}
