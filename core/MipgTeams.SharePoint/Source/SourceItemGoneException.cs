namespace MipgTeams.SharePoint.Source;

/// <summary>The item was deleted between the change listing and the download (Graph 404): treat it as deleted.</summary>
public sealed class SourceItemGoneException(string itemId, Exception? inner = null)
    : Exception($"Item {itemId} no longer exists in the source.", inner)
{
    public string ItemId { get; } = itemId;
}
