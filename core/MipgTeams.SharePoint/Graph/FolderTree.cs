using Microsoft.Graph.Models;

namespace MipgTeams.SharePoint.Graph;

/// <summary>The folders of a library by id, to build each file's path from its parent id (delta sends no paths).</summary>
internal sealed class FolderTree(string? rootId, Dictionary<string, FolderNode> folders)
{
    private const int MaxDepth = 64;
    private string? rootId = rootId;

    public bool Contains(string id) => folders.ContainsKey(id) || id == rootId;

    /// <summary>The tree of a full enumeration; a parent that is not a listed folder is the root.</summary>
    public static FolderTree Build(IEnumerable<DriveItem> live)
    {
        var items = live.ToList();
        var root = items.FirstOrDefault(i => i.Root is not null)?.Id;
        var folders = items.Where(i => i.Folder is not null && i.Root is null)
            .ToDictionary(i => i.Id!, i => new FolderNode(i.Name ?? i.Id!, i.ParentReference?.Id), StringComparer.Ordinal);
        root ??= items.Select(i => i.ParentReference?.Id).FirstOrDefault(p => p is not null && !folders.ContainsKey(p));
        return new FolderTree(root, folders);
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
}
