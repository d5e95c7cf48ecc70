using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// Reads a document library through driveItem delta, one page of the delta feed at a time; each page goes to the sync
/// with the nextLink to resume from (the deltaLink on the last page). With a checkpoint: only the changes since its
/// deltaLink, each changed file's columns fetched from its listItem. Without one, after 410 Gone, or when a folder was
/// renamed, moved or deleted (delta does not list the files again): a full enumeration the sync reconciles against the
/// store once its last page is in, its columns read from the library's listing alongside.
/// </summary>
internal sealed class DriveDeltaReader(GraphServiceClient graph, GraphSite site, LibraryFields fields, GraphSourceOptions options)
{
    private const int MaxRestarts = 2;

    private static readonly string[] Select =
        ["id", "name", "parentReference", "file", "folder", "root", "deleted", "cTag", "eTag", "lastModifiedDateTime", "webUrl", "sharepointIds"];

    public async IAsyncEnumerable<SourceChangePage> ReadAsync(
        SourceContainer container, string? checkpointText, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var driveId = await site.DriveIdAsync(container.DisplayName, cancellationToken);
        var round = DeltaRound.Resume(DriveCheckpoint.Parse(checkpointText, driveId));
        var listing = fields.Cursor(container);
        var restarts = 0;
        while (true)
        {
            if (round.IsFull && round.Tree.RootId is null)
            {
                round.Tree.Add(await graph.Drives[driveId].Root.GetAsync(c => c.QueryParameters.Select = ["id", "root"], cancellationToken)
                    ?? throw new InvalidOperationException("Graph no devolvió la raíz de la biblioteca."));
            }
            (List<DriveItem> Items, string? NextLink, string? DeltaLink) page;
            try
            {
                page = await FetchAsync(driveId, round.Link, cancellationToken);
            }
            catch (ApiException e) when (e.ResponseStatusCode == (int)HttpStatusCode.Gone || (round.Resumed && e.ResponseStatusCode == (int)HttpStatusCode.BadRequest))
            {
                // The token expired (or a stored nextLink is no longer valid): everything again, from Graph's fresh link.
                if (++restarts > MaxRestarts)
                {
                    throw new InvalidOperationException("Graph pidió resincronizar dos veces seguidas.", e);
                }
                round = DeltaRound.Full(round.DeltaLink, ResyncFrom(e));
                continue;
            }
            var items = LastPerItem(page.Items);
            if (!round.IsFull && !ApplyFolders(round.Tree, items))
            {
                round = DeltaRound.Full(round.DeltaLink, null); // paths under a changed folder are only known from a full listing
                continue;
            }
            var (files, deleted) = Files(round, items, isLast: page.DeltaLink is not null);
            if (files is null)
            {
                round = DeltaRound.Full(round.DeltaLink, null);
                continue;
            }
            var changes = new List<SourceChange>(files.Count + deleted.Count);
            changes.AddRange(deleted.Select(id => new SourceItemDeleted(id)));
            var useListing = round.IsFull || files.Count > options.FieldsListingThreshold;
            var values = await fields.ForFilesAsync(driveId, files.Select(f => f.Item).ToList(), useListing ? listing : null, cancellationToken);
            foreach (var (item, path) in files)
            {
                // No listItem any more: the file went between the delta and this call.
                changes.Add(values.TryGetValue(item.Id!, out var columns)
                    ? new SourceItemUpserted(ToSourceItem(item, path, columns))
                    : new SourceItemDeleted(item.Id!));
            }
            if (page.DeltaLink is { } deltaLink)
            {
                yield return new SourceChangePage(container, changes, round.Tree.ToCheckpoint(driveId, deltaLink).Serialize(), round.Enumeration, IsLast: true);
                yield break;
            }
            var next = page.NextLink ?? throw new InvalidOperationException("Graph terminó el delta sin @odata.deltaLink.");
            var checkpoint = round.Tree.ToCheckpoint(driveId, round.DeltaLink, next, round.Enumeration, round.Pending).Serialize();
            yield return new SourceChangePage(container, changes, checkpoint, round.Enumeration, IsLast: false);
            round.Link = next;
            round.Resumed = false;
        }
    }

    private async Task<(List<DriveItem> Items, string? NextLink, string? DeltaLink)> FetchAsync(string driveId, string? url, CancellationToken cancellationToken)
    {
        var delta = graph.Drives[driveId].Items["root"].Delta;
        var page = url is null
            ? await delta.GetAsDeltaGetResponseAsync(c => { c.QueryParameters.Select = Select; c.QueryParameters.Top = options.PageSize; }, cancellationToken)
            : await delta.WithUrl(url).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
        return (page?.Value ?? [], page?.OdataNextLink, page?.OdataDeltaLink);
    }

    /// <summary>Applies an incremental page's folder changes; false when only a full enumeration can give the right paths.</summary>
    private static bool ApplyFolders(FolderTree tree, List<DriveItem> items)
    {
        foreach (var item in items.Where(i => i.Folder is not null || i.Root is not null || (i.Deleted is not null && tree.Contains(i.Id!))))
        {
            if (!tree.Apply(item))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The page's files with their paths, and the deleted ones. In a full enumeration a file whose folder has not come
    /// yet waits in <see cref="DeltaRound.Pending"/> (at the last page it takes its name as path); in an incremental
    /// round an unknown folder means a full enumeration is needed (null).
    /// </summary>
    private static (List<(DriveItem Item, string Path)>? Files, List<string> Deleted) Files(DeltaRound round, List<DriveItem> items, bool isLast)
    {
        var files = new List<(DriveItem Item, string Path)>();
        var deleted = new List<string>();
        if (round.IsFull)
        {
            foreach (var item in items.Where(i => i.Deleted is null && (i.Folder is not null || i.Root is not null)))
            {
                round.Tree.Add(item);
            }
            var waiting = round.Pending.Select(p => p.ToDriveItem()).ToList();
            round.Pending.Clear();
            foreach (var item in waiting.Concat(items.Where(i => i.File is not null && i.Deleted is null)))
            {
                if (round.Tree.PathOf(item) is { } path)
                {
                    files.Add((item, path));
                }
                else if (isLast)
                {
                    files.Add((item, item.Name ?? item.Id!));
                }
                else
                {
                    round.Pending.Add(PendingFile.Of(item));
                }
            }
            return (files, deleted);
        }
        foreach (var item in items.Where(i => i.Folder is null && i.Root is null))
        {
            if (item.Deleted is not null)
            {
                deleted.Add(item.Id!);
            }
            else if (item.File is not null)
            {
                if (round.Tree.PathOf(item) is not { } path)
                {
                    return (null, deleted);
                }
                files.Add((item, path));
            }
        }
        return (files, deleted);
    }

    private static SourceItem ToSourceItem(DriveItem item, string path, IReadOnlyDictionary<string, string?> columns) => new(
        item.Id!, path, item.Name ?? path, columns, item.CTag ?? item.ETag, item.LastModifiedDateTime ?? DateTimeOffset.UnixEpoch, item.WebUrl);

    // Location carries a fresh link that enumerates everything again; without it, start from scratch.
    private static string? ResyncFrom(ApiException e) =>
        e.ResponseStatusCode == (int)HttpStatusCode.Gone
            ? e.ResponseHeaders.FirstOrDefault(h => h.Key.Equals("Location", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault()
            : null;

    // Delta may list an item more than once; its last entry is its state (across pages, the later page is applied later).
    private static List<DriveItem> LastPerItem(List<DriveItem> items)
    {
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Id is { } id)
            {
                last[id] = i;
            }
        }
        return items.Where((item, i) => item.Id is not null && last[item.Id] == i).ToList();
    }
}
