using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using MipgTeams.Bot.Protocol;
using MipgTeams.SharePoint.Graph;

namespace MipgTeams.Bot.Outbox.Installation;

/// <summary>
/// Proactive installation as Microsoft documents it ("Proactive installation of apps using Graph API") and Company
/// Communicator does it: <c>POST /users/{id}/teamwork/installedApps</c> binding the catalog app (409: already installed),
/// then the installation found by <c>$filter=teamsApp/id eq '{app}'</c> and its chat,
/// <c>GET /users/{id}/teamwork/installedApps/{installation}/chat</c>. Graph's retry middleware is left out: the outbox
/// retries on its own schedule, so one slow install never holds the other messages.
/// </summary>
internal sealed class GraphTeamsAppInstaller(IOptions<TeamsAppOptions> options, ILogger<GraphTeamsAppInstaller> logger) : ITeamsAppInstaller
{
    private readonly Lazy<GraphServiceClient> graph = new(() => CreateClient(options.Value));

    public bool IsConfigured => options.Value.InstallsApp;

    public async Task<string?> InstallForAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var apps = graph.Value.Users[aadObjectId].Teamwork.InstalledApps;
        try
        {
            var install = new UserScopeTeamsAppInstallation
            {
                AdditionalData = new Dictionary<string, object>
                {
                    ["teamsApp@odata.bind"] = $"{settings.GraphBaseUrl.TrimEnd('/')}/appCatalogs/teamsApps/{settings.CatalogAppId}",
                },
            };
            await apps.PostAsync(install, cancellationToken: cancellationToken);
            logger.LogInformation("Installed the Teams app for {Person}", LogSafe.Value(aadObjectId, 40));
        }
        catch (ApiException e) when (e.ResponseStatusCode == (int)HttpStatusCode.Conflict)
        {
            // Already installed: what we wanted.
        }
        catch (ApiException e)
        {
            throw Refusal(e, "install the app");
        }
        try
        {
            var installed = await apps.GetAsync(r =>
            {
                r.QueryParameters.Expand = ["teamsAppDefinition"];
                r.QueryParameters.Filter = $"teamsApp/id eq '{settings.CatalogAppId}'";
            }, cancellationToken);
            if (installed?.Value?.FirstOrDefault()?.Id is not { } installationId)
            {
                return null;
            }
            var chat = await apps[installationId].Chat.GetAsync(cancellationToken: cancellationToken);
            return chat?.Id;
        }
        catch (ApiException e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return null; // installed, but Teams has not made the chat yet: the connector creates it
        }
        catch (ApiException e)
        {
            throw Refusal(e, "find the app's chat");
        }
    }

    // A refusal waits for the person (and the coordinator is told); throttling and outages are retried like the connector's.
    private static Exception Refusal(ApiException e, string what) => e.ResponseStatusCode switch
    {
        401 or 403 => new RecipientUnreachableException(Unreachability.InstallRefused, $"Graph answered {e.ResponseStatusCode} when asked to {what}.", e),
        400 or 404 => new RecipientUnreachableException(Unreachability.ChatRefused, $"Graph answered {e.ResponseStatusCode} when asked to {what}.", e),
        var status => new ConnectorException(
            status is 0 ? HttpStatusCode.BadGateway : (HttpStatusCode)status,
            $"Graph answered {status} when asked to {what}.",
            e.ResponseHeaders.TryGetValue("Retry-After", out var after) && int.TryParse(after.FirstOrDefault(), out var seconds) ? TimeSpan.FromSeconds(seconds) : null,
            e),
    };

    private static GraphServiceClient CreateClient(TeamsAppOptions options)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers().Where(h => h is not Microsoft.Kiota.Http.HttpClientLibrary.Middleware.RetryHandler).ToList();
        var http = GraphClientFactory.Create(handlers);
        http.Timeout = TimeSpan.FromSeconds(30);
        var baseUrl = options.GraphBaseUrl.TrimEnd('/');
        if (GraphCredentials.Create(options.Credential) is not { } credential)
        {
            return new GraphServiceClient(http, new AnonymousAuthenticationProvider(), baseUrl);
        }
        return new GraphServiceClient(http, credential, [new Uri(baseUrl).GetLeftPart(UriPartial.Authority) + "/.default"], baseUrl);
    }
}
