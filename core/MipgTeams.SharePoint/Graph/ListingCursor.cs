using Microsoft.Graph;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// The column values of a library's files from listing its list items page by page (2 resource units a page of up to
/// 1,000, where one call per file costs 1 each), without ever holding the whole listing: each call reads on from where
/// the last one stopped, wrapping round once, until it has found what it was asked for; what it reads but was not asked
/// for is kept in a small first-in first-out buffer for the next pages of the delta. When the delta and the listing
/// come in about the same order (as SharePoint sends both: by item) a delta page costs about one listing page; in any
/// other order memory stays bounded and only requests grow.
/// </summary>
internal sealed class ListingCursor(GraphServiceClient graph, GraphSite site, SourceContainer container, int pageSize)
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string?>> buffer = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private readonly int capacity = Math.Max(2 * pageSize, 100);
    private string? next; // the link of the next listing page; null: the first
    private int position; // pages read since the start of the listing

    /// <summary>Values of the wanted list items (by list item id); an id missing from the answer is not in the listing.</summary>
    public async Task<Dictionary<string, IReadOnlyDictionary<string, string?>>> FindAsync(
        IReadOnlyCollection<string> wanted, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal);
        foreach (var id in wanted)
        {
            if (buffer.Remove(id, out var values))
            {
                found[id] = values;
            }
        }
        var missing = wanted.Where(id => !found.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
        var (startedAt, wrapped) = (position, false);
        while (missing.Count > 0)
        {
            if (wrapped && position >= startedAt)
            {
                break; // one whole turn: the rest is not in the listing
            }
            var (items, link) = await ReadPageAsync(cancellationToken);
            foreach (var (id, values) in items)
            {
                if (missing.Remove(id))
                {
                    found[id] = values;
                }
                else
                {
                    Keep(id, values);
                }
            }
            if (link is null)
            {
                (next, position, wrapped) = (null, 0, true);
                if (startedAt == 0)
                {
                    break;
                }
            }
            else
            {
                (next, position) = (link, position + 1);
            }
        }
        return found;
    }

    private void Keep(string id, IReadOnlyDictionary<string, string?> values)
    {
        if (buffer.TryAdd(id, values))
        {
            order.Enqueue(id);
        }
        while (buffer.Count > capacity && order.TryDequeue(out var oldest))
        {
            buffer.Remove(oldest);
        }
    }

    private async Task<(List<(string Id, IReadOnlyDictionary<string, string?> Values)> Items, string? Next)> ReadPageAsync(CancellationToken cancellationToken)
    {
        var siteId = await site.SiteIdAsync(cancellationToken);
        var listId = await site.ListIdAsync(container.DisplayName, cancellationToken);
        var items = graph.Sites[siteId].Lists[listId].Items;
        var page = next is null
            ? await items.GetAsync(c => { c.QueryParameters.Expand = ["fields"]; c.QueryParameters.Top = pageSize; }, cancellationToken)
            : await items.WithUrl(next).GetAsync(cancellationToken: cancellationToken);
        var values = (page?.Value ?? []).Where(i => i.Id is not null)
            .Select(i => (i.Id!, (IReadOnlyDictionary<string, string?>)FieldValues.ToText(i.Fields?.AdditionalData)))
            .ToList();
        return (values, page?.OdataNextLink);
    }
}
