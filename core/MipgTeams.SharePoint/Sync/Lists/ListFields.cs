namespace MipgTeams.SharePoint.Sync.Lists;

internal static class ListFields
{
    public static string? Get(this SourceItem item, string column) =>
        item.Fields.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>SharePoint yes/no columns arrive as booleans through Graph and as "Sí"/"No" from the demo lists.</summary>
    public static bool GetBool(this SourceItem item, string column, bool fallback)
    {
        var value = item.Get(column);
        if (value is null)
        {
            return fallback;
        }
        var folded = Domain.TextFolding.Fold(value);
        return folded is "si" or "true" or "1" or "yes";
    }
}
