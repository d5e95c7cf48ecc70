using Microsoft.Graph.Models;

namespace MipgTeams.SharePoint.Graph;

/// <summary>The folders of a library by id, to build each file's path from its parent id (delta sends no paths).</summary>
internal sealed class FolderTree(string? rootId, Dictionary<string, FolderNode> folders)
{
    private const int MaxDepth = 64;
    private string? rootId = rootId;

    public bool Contains(string id) => folders.ContainsKey(id) || id == rootId;

    public string? RootId => rootId;

    /// <summary>Adds a folder (or the root) listed by a full enumeration, page by page.</summary>
    public void Add(DriveItem item)
    {
        if (item.Root is not null)
        {
            rootId ??= item.Id;
        }
        else if (item.Folder is not null && item.Deleted is null)
        {
            folders[item.Id!] = new FolderNode(item.Name ?? item.Id!, item.ParentReference?.Id);
        }
    }

    /// <summary>
    /// Applies a folder's change; false when the files under it may have new paths or be gone (renamed, moved or
    /// deleted folder), which delta does not report file by file.
    /// </summary>
    public bool Apply(DriveItem folder)
    {
        if (folder.Root is not null)
        {
            rootId ??= folder.Id;
            return folder.Id == rootId;
        }
        var id = folder.Id!;
        if (folder.Deleted is not null)
        {
            return !folders.ContainsKey(id);
        }
        var node = new FolderNode(folder.Name ?? id, folder.ParentReference?.Id);
        if (folders.TryGetValue(id, out var known))
        {
            return known == node;
        }
        folders[id] = node;
        return node.ParentId is not null && Contains(node.ParentId);
    }

    /// <summary>"Macroproceso/Proceso/file.docx" relative to the library, or null when a parent is unknown.</summary>
    public string? PathOf(DriveItem item)
    {
        var parts = new List<string> { item.Name ?? item.Id! };
        var parent = item.ParentReference?.Id;
        for (var depth = 0; parent is not null && parent != rootId; depth++)
        {
            if (depth > MaxDepth || !folders.TryGetValue(parent, out var node))
            {
                return null;
            }
            parts.Add(node.Name);
            parent = node.ParentId;
        }
        parts.Reverse();
        return string.Join('/', parts);
    }

    public DriveCheckpoint ToCheckpoint(string driveId, string deltaLink) => new(driveId, deltaLink, rootId, folders);

    /// <summary>The checkpoint mid-round: where the next page starts, and what has to survive a resume.</summary>
    public DriveCheckpoint ToCheckpoint(string driveId, string deltaLink, string nextLink, string? enumeration, List<PendingFile> pending) =>
        new(driveId, deltaLink, rootId, folders, nextLink, enumeration, pending.Count == 0 ? null : pending);
}
