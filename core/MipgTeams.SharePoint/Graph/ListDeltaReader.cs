using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// Reads an admin list through listItem delta with <c>$expand=fields</c>, so an admin's edit takes effect at the next
/// sync. The checkpoint is the list id and its deltaLink; without one, or after 410 Gone, a full enumeration.
/// </summary>
internal sealed class ListDeltaReader(GraphServiceClient graph, GraphSite site, GraphSourceOptions options)
{
    /// <summary>An admin list is small: read whole, and handed to the sync as one page.</summary>
    public async IAsyncEnumerable<SourceChangePage> ReadAsync(SourceContainer container, string? checkpointText, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return await ReadWholeAsync(container, checkpointText, cancellationToken);
    }

    private async Task<SourceChangePage> ReadWholeAsync(SourceContainer container, string? checkpointText, CancellationToken cancellationToken)
    {
        var siteId = await site.SiteIdAsync(cancellationToken);
        var listId = await site.ListIdAsync(container.DisplayName, cancellationToken);
        var checkpoint = Parse(checkpointText, listId);
        string? restart = null;
        if (checkpoint is not null)
        {
            var read = await ReadDeltaAsync(siteId, listId, checkpoint.DeltaLink, cancellationToken);
            if (read.DeltaLink is not null)
            {
                return ToChangeSet(container, listId, read.Items, read.DeltaLink, full: false);
            }
            restart = string.IsNullOrEmpty(read.ResyncLink) ? null : read.ResyncLink;
        }
        var all = await ReadDeltaAsync(siteId, listId, restart, cancellationToken);
        if (all.DeltaLink is null)
        {
            all = await ReadDeltaAsync(siteId, listId, null, cancellationToken);
        }
        return ToChangeSet(container, listId, all.Items, all.DeltaLink ?? throw new InvalidOperationException("Graph pidió resincronizar dos veces seguidas."), full: true);
    }

    private Task<DeltaRead<ListItem>> ReadDeltaAsync(string siteId, string listId, string? start, CancellationToken cancellationToken) =>
        DeltaPages.ReadAsync<ListItem>(async url =>
        {
            var delta = graph.Sites[siteId].Lists[listId].Items.Delta;
            var page = url is null
                ? await delta.GetAsDeltaGetResponseAsync(c => { c.QueryParameters.Expand = ["fields"]; c.QueryParameters.Top = options.PageSize; }, cancellationToken)
                : await delta.WithUrl(url).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            return (page?.Value, page?.OdataNextLink, page?.OdataDeltaLink);
        }, start);

    private static SourceChangePage ToChangeSet(SourceContainer container, string listId, List<ListItem> items, string deltaLink, bool full)
    {
        var changes = new List<SourceChange>();
        foreach (var item in items.Where(i => i.Id is not null))
        {
            if (item.Deleted is not null)
            {
                if (!full)
                {
                    changes.Add(new SourceItemDeleted(item.Id!));
                }
                continue;
            }
            var fields = FieldValues.ToText(item.Fields?.AdditionalData);
            changes.Add(new SourceItemUpserted(new SourceItem(
                item.Id!, $"{container.DisplayName}/{item.Id}", item.Id!, fields, Tag(fields), item.LastModifiedDateTime ?? DateTimeOffset.UnixEpoch, item.WebUrl)));
        }
        var checkpoint = JsonSerializer.Serialize(new ListCheckpoint(listId, deltaLink));
        return new SourceChangePage(container, changes, checkpoint, full ? Guid.NewGuid().ToString("N") : null, IsLast: true);
    }

    // The row's values decide whether it changed (an eTag also moves on edits that change nothing the model reads).
    private static string Tag(Dictionary<string, string?> fields)
    {
        var text = string.Join('\n', fields.Where(f => !IsVolatile(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static bool IsVolatile(string column) => column is "Modified" or "_UIVersionString" or "Edit" or "LinkTitle" or "LinkTitleNoMenu" or "ItemChildCount" or "FolderChildCount" or "_ComplianceFlags" or "_ComplianceTag" or "_ComplianceTagWrittenTime" or "_ComplianceTagUserId" or "AppEditorLookupId" or "EditorLookupId";

    private static ListCheckpoint? Parse(string? text, string listId)
    {
        if (string.IsNullOrEmpty(text) || !text.StartsWith('{'))
        {
            return null;
        }
        try
        {
            var checkpoint = JsonSerializer.Deserialize<ListCheckpoint>(text);
            return checkpoint?.ListId == listId && !string.IsNullOrEmpty(checkpoint.DeltaLink) ? checkpoint : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
