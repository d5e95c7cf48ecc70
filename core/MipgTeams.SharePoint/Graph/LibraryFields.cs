using System.Collections.Concurrent;
using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using MipgTeams.SharePoint.Source;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// The column values of library files, which driveItem delta cannot expand: for a few files, one
/// <c>GET /drives/{d}/items/{i}/listItem?$expand=fields</c> each; for many, the library's list items page by page,
/// matched through <c>sharepointIds.listItemId</c>. A file missing from the answer no longer exists.
/// </summary>
internal sealed class LibraryFields(GraphServiceClient graph, GraphSite site, GraphSourceOptions options)
{
    private const int Parallelism = 4;

    /// <param name="driveId">The library's drive.</param>
    /// <param name="files">The changed files whose column values are wanted.</param>
    /// <param name="listing">The library's list items by list item id (<see cref="ListAllAsync"/>), or null to ask file by file.</param>
    /// <param name="cancellationToken">Stops the calls in flight.</param>
    public async Task<Dictionary<string, IReadOnlyDictionary<string, string?>>> ForFilesAsync(
        string driveId, IReadOnlyList<DriveItem> files, Task<Dictionary<string, IReadOnlyDictionary<string, string?>>>? listing, CancellationToken cancellationToken)
    {
        var values = new ConcurrentDictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal);
        var missing = files;
        if (listing is not null)
        {
            var byListItem = await listing;
            var unmatched = new List<DriveItem>();
            foreach (var file in files)
            {
                if (file.SharepointIds?.ListItemId is { } listItemId && byListItem.TryGetValue(listItemId, out var columns))
                {
                    values[file.Id!] = columns;
                }
                else
                {
                    unmatched.Add(file);
                }
            }
            missing = unmatched;
        }
        await Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (file, ct) =>
        {
            if (await OneAsync(driveId, file.Id!, ct) is { } columns)
            {
                values[file.Id!] = columns;
            }
        });
        return new Dictionary<string, IReadOnlyDictionary<string, string?>>(values, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyDictionary<string, string?>?> OneAsync(string driveId, string itemId, CancellationToken cancellationToken)
    {
        try
        {
            var item = await graph.Drives[driveId].Items[itemId].ListItem.GetAsync(c => c.QueryParameters.Expand = ["fields"], cancellationToken);
            return FieldValues.ToText(item?.Fields?.AdditionalData);
        }
        catch (Microsoft.Kiota.Abstractions.ApiException e) when (GraphErrors.IsStatus(e, HttpStatusCode.NotFound))
        {
            return null;
        }
    }

    /// <summary>Every list item of the library with its fields, page by page.</summary>
    public async Task<Dictionary<string, IReadOnlyDictionary<string, string?>>> ListAllAsync(SourceContainer container, CancellationToken cancellationToken)
    {
        var siteId = await site.SiteIdAsync(cancellationToken);
        var listId = await site.ListIdAsync(container.DisplayName, cancellationToken);
        var items = graph.Sites[siteId].Lists[listId].Items;
        var byId = new Dictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal);
        var page = await items.GetAsync(c => { c.QueryParameters.Expand = ["fields"]; c.QueryParameters.Top = options.PageSize; }, cancellationToken);
        while (page is not null)
        {
            foreach (var item in page.Value ?? [])
            {
                if (item.Id is { } id)
                {
                    byId[id] = FieldValues.ToText(item.Fields?.AdditionalData);
                }
            }
            page = page.OdataNextLink is { } next ? await items.WithUrl(next).GetAsync(cancellationToken: cancellationToken) : null;
        }
        return byId;
    }
}
