using System.Text.Json.Serialization;
using Microsoft.Graph.Models;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// A file a full enumeration listed before its folder: what the sync needs of it, kept in the checkpoint until the
/// folder comes (delta promises no order), so a resumed run does not lose it.
/// </summary>
internal sealed record PendingFile(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("n")] string? Name,
    [property: JsonPropertyName("p")] string? ParentId,
    [property: JsonPropertyName("c")] string? CTag,
    [property: JsonPropertyName("e")] string? ETag,
    [property: JsonPropertyName("m")] DateTimeOffset? LastModified,
    [property: JsonPropertyName("u")] string? WebUrl,
    [property: JsonPropertyName("l")] string? ListItemId)
{
    public static PendingFile Of(DriveItem item) => new(
        item.Id!, item.Name, item.ParentReference?.Id, item.CTag, item.ETag, item.LastModifiedDateTime, item.WebUrl, item.SharepointIds?.ListItemId);

    public DriveItem ToDriveItem() => new()
    {
        Id = Id,
        Name = Name,
        ParentReference = new ItemReference { Id = ParentId },
        CTag = CTag,
        ETag = ETag,
        LastModifiedDateTime = LastModified,
        WebUrl = WebUrl,
        File = new FileObject(),
        SharepointIds = new SharepointIds { ListItemId = ListItemId },
    };
}
