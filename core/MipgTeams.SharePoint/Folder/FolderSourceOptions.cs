using System.ComponentModel.DataAnnotations;

namespace MipgTeams.SharePoint.Folder;

/// <summary>Section "Folder": the local folder laid out like the SharePoint site (the embedded default).</summary>
public sealed class FolderSourceOptions
{
    public const string Section = "Folder";

    /// <summary>The folder holding library/ and lists/ (see demo/README.md). Relative paths start at the working directory.</summary>
    [Required(ErrorMessage = "Folder:Root is required.")]
    public string Root { get; set; } = "demo";

    /// <summary>
    /// Where people open the files: the bot serves the folder library at this address, so "Abrir" works in the
    /// Playground. In a tenant, SharePoint gives each file's URL instead.
    /// </summary>
    [Required]
    [Url(ErrorMessage = "Folder:PublicBaseUrl must be an absolute URL.")]
    public string PublicBaseUrl { get; set; } = "http://localhost:3978/biblioteca/";

    /// <summary>Files per page of a library read: each page is committed with the path it ends at, where a killed run resumes.</summary>
    [Range(1, 5000, ErrorMessage = "Folder:PageSize must be between 1 and 5000.")]
    public int PageSize { get; set; } = 500;
}
