using System.Globalization;

namespace MipgTeams.TestSupport.Graph;

/// <summary>driveItem, listItem and row JSON as Graph documents them (delta sends no parentReference.path).</summary>
internal static class FakeGraphJson
{
    private const string WebRoot = "https://contoso.sharepoint.com/sites/calidad/Documentos%20compartidos/";

    public static Dictionary<string, object?> DriveItem(FakeDriveItem item, string root)
    {
        var json = new Dictionary<string, object?> { ["id"] = item.Id };
        var parent = new Dictionary<string, object?> { ["driveType"] = "documentLibrary", ["driveId"] = FakeGraphState.DriveId };
        if (item.ParentId is not null)
        {
            parent["id"] = item.ParentId;
        }
        json["parentReference"] = parent;
        if (item.Deleted)
        {
            json["deleted"] = new Dictionary<string, object?> { ["state"] = "deleted" };
            return json;
        }
        json["name"] = item.Name;
        json["eTag"] = $"\"{{{item.Id}}},{item.Version}\"";
        json["lastModifiedDateTime"] = item.Modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        json["webUrl"] = item.IsRoot ? WebRoot.TrimEnd('/') : WebRoot + Uri.EscapeDataString(item.Name);
        if (item.IsRoot)
        {
            json["root"] = new Dictionary<string, object?>();
        }
        if (item.IsFolder)
        {
            json["folder"] = new Dictionary<string, object?> { ["childCount"] = 0 };
            return json;
        }
        json["cTag"] = $"\"c:{{{item.Id}}},{item.ContentVersion}\"";
        json["size"] = item.Content.Length;
        json["file"] = new Dictionary<string, object?> { ["mimeType"] = "application/octet-stream" };
        json["sharepointIds"] = new Dictionary<string, object?> { ["listId"] = FakeGraphState.LibraryListId, ["listItemId"] = item.ListItemId };
        return json;
    }

    public static Dictionary<string, object?> ListItem(FakeDriveItem item)
    {
        var fields = new Dictionary<string, object?>(item.Fields)
        {
            ["@odata.etag"] = $"\"{item.Id},{item.Version}\"",
            ["FileLeafRef"] = item.Name,
            ["Modified"] = item.Modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["ContentType"] = item.IsFolder ? "Folder" : "Document",
        };
        return new Dictionary<string, object?>
        {
            ["id"] = item.ListItemId,
            ["eTag"] = $"\"{item.Id},{item.Version}\"",
            ["lastModifiedDateTime"] = item.Modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["fields"] = fields,
        };
    }

    public static Dictionary<string, object?> Row(FakeListRow row)
    {
        var json = new Dictionary<string, object?> { ["id"] = row.Id };
        if (row.Deleted)
        {
            json["deleted"] = new Dictionary<string, object?> { ["state"] = "deleted" };
            return json;
        }
        json["eTag"] = $"\"{row.Id},{row.Seq}\"";
        json["lastModifiedDateTime"] = "2025-01-01T00:00:00Z";
        json["fields"] = new Dictionary<string, object?>(row.Fields) { ["@odata.etag"] = $"\"{row.Id},{row.Seq}\"", ["id"] = row.Id };
        return json;
    }
}
