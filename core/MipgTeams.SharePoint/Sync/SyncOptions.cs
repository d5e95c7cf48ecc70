using System.ComponentModel.DataAnnotations;

namespace MipgTeams.SharePoint.Sync;

/// <summary>Section "Sync": where the documentation comes from and how often it is read.</summary>
public sealed class SyncOptions
{
    public const string Section = "Sync";

    /// <summary>"Folder" (the embedded default: a local folder laid out like a library) or "Graph" (SharePoint Online).</summary>
    [Required]
    [RegularExpression("^(Folder|Graph)$", ErrorMessage = "Sync:Source must be Folder or Graph.")]
    public string Source { get; set; } = "Folder";

    /// <summary>How long the hosted worker waits between runs.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00", ErrorMessage = "Sync:Interval must be between 5 seconds and 1 day.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The library column names that carry the document's metadata (admins name columns as they like).</summary>
    [Required]
    public LibraryColumns Columns { get; set; } = new();
}
