namespace MipgTeams.TestSupport.Graph;

/// <summary>
/// The fake SharePoint site behind the fake Graph: one document library (a drive backed by a list) and admin lists.
/// Every edit takes the next change number, which is what delta tokens count; folder renames touch only the folder,
/// as in SharePoint, and a file's change also touches its ancestor folders.
/// </summary>
public sealed class FakeGraphState
{
    public const string Hostname = "contoso.sharepoint.com";
    public const string SitePath = "/sites/calidad";
    public const string SiteId = "contoso.sharepoint.com,6a1f3c2e-1111-4a4a-9b9b-000000000001,7b2e4d3f-2222-4b4b-8c8c-000000000002";
    public const string LibraryName = "Documentos";
    public const string LibraryListId = "11111111-aaaa-4bbb-8ccc-000000000001";
    public const string DriveId = "b!Zm9sZGVyLWRvY3VtZW50b3MtZmFrZS1ncmFwaA";
    public const string RootId = "01ROOT0000000000000000000000000000";

    private long nextItem = 1;
    private int nextListItem = 1;

    public FakeGraphState()
    {
        Items[RootId] = new FakeDriveItem { Id = RootId, Name = "root", IsFolder = true, IsRoot = true, ListItemId = "0", Seq = NextSeq() };
    }

    public object Gate { get; } = new();
    public long Seq { get; private set; }
    public Dictionary<string, FakeDriveItem> Items { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, (string Name, Dictionary<string, FakeListRow> Rows)> Lists { get; } = new(StringComparer.Ordinal);

    public long NextSeq() => ++Seq;

    public IEnumerable<FakeDriveItem> LiveFiles => Items.Values.Where(i => !i.IsFolder && !i.Deleted);

    public string AddList(string name, string id)
    {
        lock (Gate)
        {
            Lists[id] = (name, new Dictionary<string, FakeListRow>(StringComparer.Ordinal));
            return id;
        }
    }

    public void SetRow(string listId, string rowId, Dictionary<string, object?> fields)
    {
        lock (Gate)
        {
            Lists[listId].Rows[rowId] = new FakeListRow { Id = rowId, Fields = fields, Seq = NextSeq() };
        }
    }

    public void DeleteRow(string listId, string rowId)
    {
        lock (Gate)
        {
            var row = Lists[listId].Rows[rowId];
            row.Deleted = true;
            row.Seq = NextSeq();
        }
    }

    /// <summary>Adds a file at "Folder/Sub/name.ext", creating the folders; returns its drive item id.</summary>
    public string AddFile(string path, byte[] content, Dictionary<string, object?>? fields = null)
    {
        lock (Gate)
        {
            var parts = path.Split('/');
            var parent = EnsureFolder(parts[..^1]);
            var id = NewId();
            Items[id] = new FakeDriveItem
            {
                Id = id, Name = parts[^1], ParentId = parent, Content = content, ListItemId = (nextListItem++).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Fields = fields ?? [], Seq = NextSeq(),
            };
            TouchAncestors(parent);
            return id;
        }
    }

    public string IdOf(string path)
    {
        lock (Gate)
        {
            var parent = RootId;
            foreach (var part in path.Split('/'))
            {
                parent = Items.Values.Single(i => !i.Deleted && i.ParentId == parent && i.Name == part).Id;
            }
            return parent;
        }
    }

    public string PathOf(string id)
    {
        lock (Gate)
        {
            var parts = new List<string>();
            for (var item = Items[id]; !item.IsRoot; item = Items[item.ParentId!])
            {
                parts.Add(item.Name);
            }
            parts.Reverse();
            return string.Join('/', parts);
        }
    }

    public void EditContent(string id, byte[] content) => Change(id, i => { i.Content = content; i.ContentVersion++; });

    public void EditFields(string id, Action<Dictionary<string, object?>> edit) => Change(id, i => edit(i.Fields));

    public void Rename(string id, string name) => Change(id, i => i.Name = name);

    public void Move(string id, string folderPath) => Change(id, i => i.ParentId = EnsureFolder(folderPath.Split('/')));

    /// <summary>Deletes a file or a folder with everything under it.</summary>
    public void Delete(string id)
    {
        lock (Gate)
        {
            foreach (var child in Items.Values.Where(i => i.ParentId == id && !i.Deleted).ToList())
            {
                Delete(child.Id);
            }
            Change(id, i => i.Deleted = true);
        }
    }

    private void Change(string id, Action<FakeDriveItem> edit)
    {
        lock (Gate)
        {
            var item = Items[id];
            edit(item);
            item.Version++;
            item.Modified = item.Modified.AddMinutes(1);
            item.Seq = NextSeq();
            if (!item.Deleted)
            {
                TouchAncestors(item.ParentId);
            }
        }
    }

    private void TouchAncestors(string? folderId)
    {
        for (var id = folderId; id is not null && Items.TryGetValue(id, out var folder) && !folder.IsRoot; id = folder.ParentId)
        {
            folder.Seq = NextSeq();
        }
    }

    private string EnsureFolder(string[] parts)
    {
        var parent = RootId;
        foreach (var part in parts.Where(p => p.Length > 0))
        {
            var existing = Items.Values.FirstOrDefault(i => i.IsFolder && !i.Deleted && i.ParentId == parent && i.Name == part);
            if (existing is null)
            {
                existing = new FakeDriveItem { Id = NewId(), Name = part, ParentId = parent, IsFolder = true, ListItemId = (nextListItem++).ToString(System.Globalization.CultureInfo.InvariantCulture), Seq = NextSeq() };
                Items[existing.Id] = existing;
            }
            parent = existing.Id;
        }
        return parent;
    }

    private string NewId() => "01ITEM" + (nextItem++).ToString("D28", System.Globalization.CultureInfo.InvariantCulture);
}
