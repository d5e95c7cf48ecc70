using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Microsoft.Extensions.Options;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// SharePoint Online through Microsoft Graph: each library by driveItem delta, each admin list by listItem delta with
/// its fields, content downloaded from <c>/drives/{d}/items/{i}/content</c>. Container ids come from the configuration
/// (the library's or list's role and name); the checkpoints carry the Graph ids, so pointing the configuration at
/// another site or list makes the next run a full enumeration that reconciles the store.
/// </summary>
public sealed class GraphSharePointSource : ISharePointSource, IDisposable
{
    private readonly GraphServiceClient graph;
    private readonly GraphSite site;
    private readonly DriveDeltaReader drives;
    private readonly ListDeltaReader lists;

    public GraphSharePointSource(IOptions<GraphSourceOptions> options)
        : this(GraphClientBuilder.Create(options.Value), options.Value)
    {
    }

    internal GraphSharePointSource(GraphServiceClient graph, GraphSourceOptions options)
    {
        this.graph = graph;
        site = new GraphSite(graph, options);
        drives = new DriveDeltaReader(graph, site, new LibraryFields(graph, site, options), options);
        lists = new ListDeltaReader(graph, site, options);
        Name = "graph:" + options.Site;
        Containers =
        [
            .. options.Libraries.Select(l => new SourceContainer("graph:library:" + l, l, ContainerKind.DocumentLibrary)),
            new("graph:list:processes", options.Lists.Processes, ContainerKind.ProcessesList),
            new("graph:list:policies", options.Lists.Policies, ContainerKind.PoliciesList),
            new("graph:list:quality-team", options.Lists.QualityTeam, ContainerKind.QualityTeamList),
            new("graph:list:settings", options.Lists.Settings, ContainerKind.SettingsList),
        ];
    }

    public string Name { get; }

    public IReadOnlyList<SourceContainer> Containers { get; }

    public async IAsyncEnumerable<SourceChangePage> ReadChangesAsync(
        SourceContainer container, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = container.Kind == ContainerKind.DocumentLibrary
            ? drives.ReadAsync(container, checkpoint, cancellationToken)
            : lists.ReadAsync(container, checkpoint, cancellationToken);
        await using var enumerator = pages.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await enumerator.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (Exception e) when (e is ApiException or Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException)
            {
                GraphErrors.ThrowIfAccessDenied(e, $"«{container.DisplayName}»");
                if (GraphErrors.IsStatus(e, HttpStatusCode.NotFound))
                {
                    site.Forget(); // the list or library may have been recreated: resolve the ids again next run
                }
                throw new InvalidOperationException($"Graph respondió {GraphErrors.Status(e)?.ToString(CultureInfo.InvariantCulture) ?? "con error"} al leer «{container.DisplayName}»: {e.Message}", e);
            }
            yield return enumerator.Current;
        }
    }

    public async Task<Stream> OpenContentAsync(SourceContainer container, SourceItem item, CancellationToken cancellationToken)
    {
        try
        {
            var driveId = await site.DriveIdAsync(container.DisplayName, cancellationToken);
            // Graph answers 302 to a pre-authenticated URL; the SDK's redirect handler follows it.
            return await graph.Drives[driveId].Items[item.Id].Content.GetAsync(cancellationToken: cancellationToken)
                ?? throw new SourceItemGoneException(item.Id);
        }
        catch (ApiException e) when (GraphErrors.IsStatus(e, HttpStatusCode.NotFound))
        {
            throw new SourceItemGoneException(item.Id, e);
        }
        catch (Exception e) when (e is ApiException or Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException)
        {
            GraphErrors.ThrowIfAccessDenied(e, $"el archivo {item.Path}");
            throw;
        }
    }

    /// <summary>Releases the site resolver's gate; the container does it at shutdown.</summary>
    public void Dispose() => site.Dispose();
}
