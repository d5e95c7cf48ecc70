using System.ComponentModel.DataAnnotations;
using MipgTeams.SharePoint.Graph;

namespace MipgTeams.Bot.Outbox.Installation;

/// <summary>
/// Section "TeamsApp": how the bot reaches someone it has never talked to. With <see cref="CatalogAppId"/> set it installs
/// the app for that person through Microsoft Graph (application permission
/// TeamsAppInstallation.ReadWriteSelfForUser.All, admin consent) and writes in the 1:1 chat that creates. Without it
/// (the local Playground) nothing is installed: the chat is created through the connector when Teams allows it.
/// </summary>
public sealed class TeamsAppOptions : IValidatableObject
{
    public const string Section = "TeamsApp";

    /// <summary>The app's id in the tenant's app catalog (Teams admin center, Manage apps; not the manifest id). Empty: no installs.</summary>
    public string CatalogAppId { get; set; } = "";

    /// <summary>The tenant's Bot Connector URL (e.g. https://smba.trafficmanager.net/amer/), for chats with people the bot never saw.</summary>
    public string ServiceUrl { get; set; } = "";

    /// <summary>The Entra tenant the people are in.</summary>
    public string TenantId { get; set; } = "";

    [Url]
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>How the bot signs in to Graph to install the app: the same kinds as Graph:Credential.</summary>
    public GraphCredentialOptions Credential { get; set; } = new();

    public bool InstallsApp => !string.IsNullOrWhiteSpace(CatalogAppId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(ServiceUrl) && (!Uri.TryCreate(ServiceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http")))
        {
            yield return new ValidationResult("TeamsApp:ServiceUrl must be an http(s) URL such as https://smba.trafficmanager.net/amer/.", [nameof(ServiceUrl)]);
        }
        if (!InstallsApp)
        {
            yield break;
        }
        if (!Guid.TryParse(CatalogAppId, out _))
        {
            yield return new ValidationResult("TeamsApp:CatalogAppId must be the app's catalog id (a GUID, from the Teams admin center).", [nameof(CatalogAppId)]);
        }
        if (string.IsNullOrWhiteSpace(ServiceUrl))
        {
            yield return new ValidationResult("TeamsApp:ServiceUrl is required when TeamsApp:CatalogAppId is set.", [nameof(ServiceUrl)]);
        }
        if (!Guid.TryParse(TenantId, out _))
        {
            yield return new ValidationResult("TeamsApp:TenantId (a GUID) is required when TeamsApp:CatalogAppId is set.", [nameof(TenantId)]);
        }
        foreach (var error in GraphCredentials.Validate(Credential, "TeamsApp:Credential", nameof(Credential)))
        {
            yield return error;
        }
    }
}
