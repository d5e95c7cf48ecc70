using System.ComponentModel.DataAnnotations;

namespace MipgTeams.Search;

/// <summary>Section "Search": where this instance keeps its index and how often it catches up with the store.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>The index folder on local disk; each bot instance has its own (rebuilt from the store when missing).</summary>
    [Required(ErrorMessage = "Search:IndexPath is required.")]
    public string IndexPath { get; set; } = "data/index";

    /// <summary>The synonyms file admins extend; empty uses the one shipped with the bot.</summary>
    public string? SynonymsPath { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Search:PollInterval must be between 1 second and 1 hour.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
