using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// Resolves, once per process, the site id and the ids of the configured lists and libraries' drives, asking only
/// for ids and names ($select). A 404 later (a list recreated) forgets them, so the next run resolves again.
/// </summary>
internal sealed class GraphSite(GraphServiceClient graph, GraphSourceOptions options) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public void Dispose() => gate.Dispose();
    private Resolved? resolved;

    public void Forget() => resolved = null;

    public async Task<string> SiteIdAsync(CancellationToken cancellationToken) => (await ResolveAsync(cancellationToken)).SiteId;

    /// <summary>The list id of an admin list or a library, by its display name.</summary>
    public async Task<string> ListIdAsync(string displayName, CancellationToken cancellationToken)
    {
        var r = await ResolveAsync(cancellationToken);
        return r.Lists.TryGetValue(displayName, out var id)
            ? id
            : throw new InvalidOperationException($"La lista o biblioteca «{displayName}» no existe en el sitio {options.Site} (revise Graph:Libraries y Graph:Lists).");
    }

    /// <summary>The drive id of a library, by its display name.</summary>
    public async Task<string> DriveIdAsync(string library, CancellationToken cancellationToken)
    {
        var r = await ResolveAsync(cancellationToken);
        if (r.Drives.TryGetValue(library, out var driveId))
        {
            return driveId;
        }
        var listId = await ListIdAsync(library, cancellationToken);
        var drive = await Call(() => graph.Sites[r.SiteId].Lists[listId].Drive.GetAsync(c => c.QueryParameters.Select = ["id"], cancellationToken), $"la biblioteca «{library}»");
        driveId = drive?.Id ?? throw new InvalidOperationException($"«{library}» no es una biblioteca de documentos (revise Graph:Libraries).");
        r.Drives[library] = driveId;
        return driveId;
    }

    private async Task<Resolved> ResolveAsync(CancellationToken cancellationToken)
    {
        if (resolved is { } done)
        {
            return done;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            return resolved ??= await LoadAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<Resolved> LoadAsync(CancellationToken cancellationToken)
    {
        var siteId = options.Site!;
        if (siteId.Contains(":/", StringComparison.Ordinal))
        {
            // hostname:/server-relative-path, addressed as Graph documents it: /sites/{hostname}:/{path}
            var url = $"{options.BaseUrl.TrimEnd('/')}/sites/{siteId}?$select=id";
            var site = await Call(() => graph.Sites["x"].WithUrl(url).GetAsync(cancellationToken: cancellationToken), $"el sitio {options.Site} (Graph:Site)");
            siteId = site?.Id ?? throw new InvalidOperationException($"Graph no devolvió el id del sitio {options.Site} (Graph:Site).");
        }
        var lists = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var page = await Call(() => graph.Sites[siteId].Lists.GetAsync(c => c.QueryParameters.Select = ["id", "name", "displayName"], cancellationToken), $"las listas del sitio {options.Site}");
        while (page is not null)
        {
            foreach (var list in page.Value ?? [])
            {
                if (list.Id is null)
                {
                    continue;
                }
                lists.TryAdd(list.DisplayName ?? list.Name ?? list.Id, list.Id);
                lists.TryAdd(list.Name ?? list.Id, list.Id);
            }
            page = page.OdataNextLink is { } next
                ? await Call(() => graph.Sites[siteId].Lists.WithUrl(next).GetAsync(cancellationToken: cancellationToken), $"las listas del sitio {options.Site}")
                : null;
        }
        return new Resolved(siteId, lists, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
    }

    private static async Task<T?> Call<T>(Func<Task<T?>> call, string what)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is ApiException or Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException)
        {
            GraphErrors.ThrowIfAccessDenied(e, what);
            if (GraphErrors.IsStatus(e, HttpStatusCode.NotFound))
            {
                throw new InvalidOperationException($"Graph no encontró {what} (404).", e);
            }
            throw;
        }
    }

    private sealed record Resolved(string SiteId, Dictionary<string, string> Lists, Dictionary<string, string> Drives);
}
