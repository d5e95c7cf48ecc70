namespace MipgTeams.SharePoint.Source;

/// <summary>One change of a container: an item created or changed (renames and moves included), or deleted.</summary>
public abstract record SourceChange(string ItemId);

public sealed record SourceItemUpserted(SourceItem Item) : SourceChange(Item.Id);

public sealed record SourceItemDeleted(string Id) : SourceChange(Id);
