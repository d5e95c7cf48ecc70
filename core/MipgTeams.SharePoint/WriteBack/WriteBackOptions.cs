using System.ComponentModel.DataAnnotations;
using MipgTeams.SharePoint.Graph;

namespace MipgTeams.SharePoint.WriteBack;

/// <summary>
/// Section "WriteBack": mirrors every change request and its state to a SharePoint list through Graph, so admins can see
/// and filter them there. Off by default (the local folder setup has no SharePoint); then no write-back jobs are made.
/// </summary>
public sealed class WriteBackOptions : IValidatableObject
{
    public const string Section = "WriteBack";

    public bool Enabled { get; set; }
    /// <summary>The Graph site id (e.g. "contoso.sharepoint.com,{siteGuid},{webGuid}") of the quality site.</summary>
    public string? SiteId { get; set; }
    /// <summary>The id or display name of the list that mirrors the requests ("Solicitudes de cambio").</summary>
    public string? ListId { get; set; }
    /// <summary>Graph's base URL; a national cloud or a local mock server can be set here.</summary>
    [Url]
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";
    /// <summary>
    /// How the bot signs in to write (the identity needs Sites.Selected with write on the site): the same kinds as
    /// Graph:Credential. ManagedIdentity by default (the bot's own in Azure); None for a local mock server.
    /// </summary>
    public GraphCredentialOptions Credential { get; set; } = new();
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Longest wait between two attempts while SharePoint is unreachable; jobs are never given up.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(30);
    [Range(1, 500)]
    public int BatchSize { get; set; } = 50;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && string.IsNullOrWhiteSpace(SiteId))
        {
            yield return new ValidationResult("WriteBack:SiteId is required when WriteBack:Enabled is true.", [nameof(SiteId)]);
        }
        if (Enabled && string.IsNullOrWhiteSpace(ListId))
        {
            yield return new ValidationResult("WriteBack:ListId is required when WriteBack:Enabled is true.", [nameof(ListId)]);
        }
        if (Enabled)
        {
            foreach (var error in GraphCredentials.Validate(Credential, "WriteBack:Credential", nameof(Credential)))
            {
                yield return error;
            }
        }
    }
}
