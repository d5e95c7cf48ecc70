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

    /// <summary>
    /// How long a run holds the store's sync lease without renewing it: one sync at a time per store, and a run whose
    /// process died is known by its lease having lapsed. Renewed at every page and every third of it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00", ErrorMessage = "Sync:Lease must be between 10 seconds and 1 hour.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the <c>once</c> command waits for a sync already running before saying so (0: not at all).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Sync:OnceWait must be between 0 and 1 hour.")]
    public TimeSpan OnceWait { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Files downloaded and extracted at once; each is held in memory while it is read, so this bounds memory too.</summary>
    [Range(1, 16, ErrorMessage = "Sync:DownloadParallelism must be between 1 and 16.")]
    public int DownloadParallelism { get; set; } = 4;

    /// <summary>The library column names that carry the document's metadata (admins name columns as they like).</summary>
    [Required]
    public LibraryColumns Columns { get; set; } = new();
}
