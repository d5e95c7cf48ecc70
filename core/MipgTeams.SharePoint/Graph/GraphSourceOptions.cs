using System.ComponentModel.DataAnnotations;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// Section "Graph": where the documentation lives in SharePoint Online and how to reach it. Validated at start-up
/// (when Sync:Source is Graph); every message names the setting to fix. Library column names are Sync:Columns.
/// </summary>
public sealed class GraphSourceOptions : IValidatableObject
{
    public const string Section = "Graph";


    /// <summary>Graph's base URL; national clouds (e.g. https://graph.microsoft.us/v1.0) and local mock servers use another.</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>The site: "contoso.sharepoint.com:/sites/calidad" (hostname:/server-relative path) or its Graph id.</summary>
    public string? Site { get; set; }

    /// <summary>The library read when none is configured (SharePoint's default library in a Spanish site).</summary>
    public const string DefaultLibrary = "Documentos";

    /// <summary>
    /// The document libraries to read, by the name admins see; <see cref="DefaultLibrary"/> when none is set. Empty here
    /// and filled after binding, because the configuration binder appends to a list's initial items instead of replacing them.
    /// </summary>
    public List<string> Libraries { get; set; } = [];

    /// <summary>The admin lists, by the name admins see.</summary>
    public GraphListNames Lists { get; set; } = new();

    public GraphCredentialOptions Credential { get; set; } = new();

    /// <summary>Items asked per delta or list page ($top); SharePoint may send fewer.</summary>
    [Range(1, 5000, ErrorMessage = "Graph:PageSize must be between 1 and 5000.")]
    public int PageSize { get; set; } = 1000;

    /// <summary>Retries of a throttled (429) or unavailable (503, 504) call, each after Graph's Retry-After.</summary>
    [Range(0, 10, ErrorMessage = "Graph:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 5;

    /// <summary>First backoff in seconds when Graph sends no Retry-After; it grows exponentially (the SDK's retry handler).</summary>
    [Range(0, 180, ErrorMessage = "Graph:RetryDelaySeconds must be between 0 and 180.")]
    public int RetryDelaySeconds { get; set; } = 3;

    /// <summary>Changed files above which the column values come from listing the library instead of one call per file.</summary>
    [Range(1, 100_000, ErrorMessage = "Graph:FieldsListingThreshold must be between 1 and 100000.")]
    public int FieldsListingThreshold { get; set; } = 200;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("https" or "http"))
        {
            yield return Error("Graph:BaseUrl must be an absolute http(s) URL, e.g. https://graph.microsoft.com/v1.0.", nameof(BaseUrl));
        }
        if (string.IsNullOrWhiteSpace(Site))
        {
            yield return Error("Graph:Site is required: \"contoso.sharepoint.com:/sites/calidad\" or the site's Graph id.", nameof(Site));
        }
        else if (Site.Contains(':') && !Site.Contains(":/", StringComparison.Ordinal))
        {
            yield return Error("Graph:Site must be hostname:/server-relative-path (e.g. contoso.sharepoint.com:/sites/calidad) or the site's id.", nameof(Site));
        }
        if (Libraries.Count == 0 || Libraries.Any(string.IsNullOrWhiteSpace))
        {
            yield return Error("Graph:Libraries must name at least one document library, with no empty names.", nameof(Libraries));
        }
        foreach (var (name, value) in new[] { ("Processes", Lists.Processes), ("Policies", Lists.Policies), ("QualityTeam", Lists.QualityTeam), ("Settings", Lists.Settings) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return Error($"Graph:Lists:{name} must name the admin list.", nameof(Lists));
            }
        }
        foreach (var error in GraphCredentials.Validate(Credential, "Graph:Credential", nameof(Credential)))
        {
            yield return error;
        }
    }

    private static ValidationResult Error(string message, string member) => new(message, [member]);
}
