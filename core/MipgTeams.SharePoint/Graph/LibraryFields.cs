using System.Collections.Concurrent;
using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// The column values of library files, which driveItem delta cannot expand: for a few files, one
/// <c>GET /drives/{d}/items/{i}/listItem?$expand=fields</c> each; for many, the library's list items page by page
/// (<see cref="ListingCursor"/>), matched through <c>sharepointIds.listItemId</c>. A file missing from the answer no
/// longer exists.
/// </summary>
internal sealed class LibraryFields(GraphServiceClient graph, GraphSite site, GraphSourceOptions options)
{
    private const int Parallelism = 4;

    /// <summary>A cursor over the library's listing, for the pages of one read.</summary>
    public ListingCursor Cursor(SourceContainer container) => new(graph, site, container, options.PageSize);

    /// <param name="driveId">The library's drive.</param>
    /// <param name="files">The changed files whose column values are wanted.</param>
    /// <param name="listing">The library's listing to take the values from, or null to ask file by file.</param>
    /// <param name="cancellationToken">Stops the calls in flight.</param>
    public async Task<Dictionary<string, IReadOnlyDictionary<string, string?>>> ForFilesAsync(
        string driveId, IReadOnlyList<DriveItem> files, ListingCursor? listing, CancellationToken cancellationToken)
    {
        var values = new ConcurrentDictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal);
        var missing = files;
        if (listing is not null && files.Count > 0)
        {
            var wanted = files.Select(f => f.SharepointIds?.ListItemId).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var byListItem = await listing.FindAsync(wanted, cancellationToken);
            var unmatched = new List<DriveItem>();
            foreach (var file in files)
            {
                if (file.SharepointIds?.ListItemId is { } listItemId && byListItem.TryGetValue(listItemId, out var columns))
                {
                    values[file.Id!] = columns;
                }
                else
                {
                    unmatched.Add(file); // added after the listing passed it, or gone: its own call says which
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
}
