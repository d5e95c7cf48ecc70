using Microsoft.Graph;
using Microsoft.Graph.Models;
using MipgTeams.SharePoint.Source;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// Reads a document library through driveItem delta. With a checkpoint: only the changes since its deltaLink, each
/// changed file's columns fetched from its listItem. Without one, after 410 Gone, or when a folder was renamed, moved
/// or deleted (delta does not list the files again): a full enumeration the sync reconciles against the store.
/// </summary>
internal sealed class DriveDeltaReader(GraphServiceClient graph, GraphSite site, LibraryFields fields, GraphSourceOptions options)
{
    private static readonly string[] Select =
        ["id", "name", "parentReference", "file", "folder", "root", "deleted", "cTag", "eTag", "lastModifiedDateTime", "webUrl", "sharepointIds"];

    public async Task<SourceChangeSet> ReadAsync(SourceContainer container, string? checkpointText, CancellationToken cancellationToken)
    {
        var driveId = await site.DriveIdAsync(container.DisplayName, cancellationToken);
        var checkpoint = DriveCheckpoint.Parse(checkpointText, driveId);
        string? restart = null;
        if (checkpoint is not null)
        {
            var read = await ReadDeltaAsync(driveId, checkpoint.DeltaLink, cancellationToken);
            if (read.DeltaLink is not null)
            {
                var tree = new FolderTree(checkpoint.RootId, checkpoint.Folders);
                var incremental = await IncrementalAsync(container, driveId, tree, read.Items, read.DeltaLink, cancellationToken);
                if (incremental is not null)
                {
                    return incremental;
                }
            }
            restart = string.IsNullOrEmpty(read.ResyncLink) ? null : read.ResyncLink;
        }
        // The column values come from listing the library, read while the delta pages arrive.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var listing = fields.ListAllAsync(container, stop.Token);
        try
        {
            var full = await ReadDeltaAsync(driveId, restart, cancellationToken);
            if (full.DeltaLink is null)
            {
                full = await ReadDeltaAsync(driveId, null, cancellationToken);
            }
            var deltaLink = full.DeltaLink ?? throw new InvalidOperationException("Graph pidió resincronizar dos veces seguidas.");
            return await FullAsync(container, driveId, full.Items, deltaLink, listing, cancellationToken);
        }
        finally
        {
            await stop.CancelAsync();
            await listing.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private Task<DeltaRead<DriveItem>> ReadDeltaAsync(string driveId, string? start, CancellationToken cancellationToken) =>
        DeltaPages.ReadAsync<DriveItem>(async url =>
        {
            var delta = graph.Drives[driveId].Items["root"].Delta;
            var page = url is null
                ? await delta.GetAsDeltaGetResponseAsync(c => { c.QueryParameters.Select = Select; c.QueryParameters.Top = options.PageSize; }, cancellationToken)
                : await delta.WithUrl(url).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            return (page?.Value, page?.OdataNextLink, page?.OdataDeltaLink);
        }, start);

    private async Task<SourceChangeSet> FullAsync(
        SourceContainer container, string driveId, List<DriveItem> items, string deltaLink,
        Task<Dictionary<string, IReadOnlyDictionary<string, string?>>> listing, CancellationToken cancellationToken)
    {
        var live = LastPerItem(items).Where(i => i.Deleted is null).ToList();
        var tree = FolderTree.Build(live);
        var files = live.Where(i => i.File is not null).ToList();
        var values = await fields.ForFilesAsync(driveId, files, listing, cancellationToken);
        var changes = new List<SourceChange>(files.Count);
        foreach (var file in files)
        {
            changes.Add(values.TryGetValue(file.Id!, out var columns)
                ? new SourceItemUpserted(ToSourceItem(file, tree.PathOf(file)!, columns))
                : new SourceItemDeleted(file.Id!));
        }
        return new SourceChangeSet(container, changes, IsFullEnumeration: true, tree.ToCheckpoint(driveId, deltaLink).Serialize());
    }

    /// <summary>The changes since the checkpoint, or null when only a full enumeration can give the right paths.</summary>
    private async Task<SourceChangeSet?> IncrementalAsync(
        SourceContainer container, string driveId, FolderTree tree, List<DriveItem> items, string deltaLink, CancellationToken cancellationToken)
    {
        var changed = LastPerItem(items);
        foreach (var item in changed.Where(i => i.Folder is not null || i.Root is not null || (i.Deleted is not null && tree.Contains(i.Id!))))
        {
            if (!tree.Apply(item))
            {
                return null;
            }
        }
        var files = new List<(DriveItem Item, string Path)>();
        var changes = new List<SourceChange>();
        foreach (var item in changed.Where(i => i.Folder is null && i.Root is null))
        {
            if (item.Deleted is not null)
            {
                changes.Add(new SourceItemDeleted(item.Id!));
            }
            else if (item.File is not null)
            {
                var path = tree.PathOf(item);
                if (path is null)
                {
                    return null;
                }
                files.Add((item, path));
            }
        }
        var listing = files.Count > options.FieldsListingThreshold ? fields.ListAllAsync(container, cancellationToken) : null;
        var values = await fields.ForFilesAsync(driveId, files.Select(f => f.Item).ToList(), listing, cancellationToken);
        foreach (var (item, path) in files)
        {
            // No listItem any more: the file went between the delta and this call.
            changes.Add(values.TryGetValue(item.Id!, out var columns)
                ? new SourceItemUpserted(ToSourceItem(item, path, columns))
                : new SourceItemDeleted(item.Id!));
        }
        return new SourceChangeSet(container, changes, IsFullEnumeration: false, tree.ToCheckpoint(driveId, deltaLink).Serialize());
    }

    private static SourceItem ToSourceItem(DriveItem item, string path, IReadOnlyDictionary<string, string?> columns) => new(
        item.Id!, path, item.Name ?? path, columns, item.CTag ?? item.ETag, item.LastModifiedDateTime ?? DateTimeOffset.UnixEpoch, item.WebUrl);

    // Delta may list an item more than once; its last entry is its state.
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
