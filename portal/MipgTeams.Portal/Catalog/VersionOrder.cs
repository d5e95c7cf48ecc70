namespace MipgTeams.Portal.Catalog;

/// <summary>Orders versions as numbers part by part, so "10.0" comes after "9.1" (text order would not).</summary>
internal sealed class VersionOrder : IComparer<string>
{
    public static VersionOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").Split('.');
        var b = (y ?? "").Split('.');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "0";
            var right = i < b.Length ? b[i] : "0";
            var compared = int.TryParse(left, out var l) && int.TryParse(right, out var r)
                ? l.CompareTo(r)
                : string.CompareOrdinal(left, right);
            if (compared != 0)
            {
                return compared;
            }
        }
        return 0;
    }
}
