namespace MipgTeams.SharePoint.Folder;

/// <summary>
/// The files under a folder in one total order (path segments compared one by one, ordinally), walked one directory at
/// a time so a library of any size is never listed whole; <see cref="After"/> skips everything up to a path, pruning
/// whole directories that come before it.
/// </summary>
internal static class FolderWalk
{
    /// <summary>Relative paths ('/'-separated) after <paramref name="after"/> (null: all), names starting with '_' or '.' left out.</summary>
    public static IEnumerable<string> After(string root, string? after) =>
        Walk(root, [], after?.Split('/'));

    public static int Compare(string[] a, string[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = string.CompareOrdinal(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }
        return a.Length.CompareTo(b.Length);
    }

    private static IEnumerable<string> Walk(string directory, string[] prefix, string[]? after)
    {
        var entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        foreach (var entry in entries)
        {
            string[] segments = [.. prefix, entry.Name];
            if (entry is DirectoryInfo sub)
            {
                // A directory before the resume point's own directory at this depth holds nothing after it.
                if (after is not null && after.Length > segments.Length && Compare(segments, after[..segments.Length]) < 0)
                {
                    continue;
                }
                var inside = after is not null && after.Length > segments.Length && Compare(segments, after[..segments.Length]) == 0 ? after : null;
                if (after is not null && inside is null && Compare(segments, after) < 0)
                {
                    continue;
                }
                foreach (var file in Walk(sub.FullName, segments, inside))
                {
                    yield return file;
                }
            }
            else if (!entry.Name.StartsWith('_') && !entry.Name.StartsWith('.') && (after is null || Compare(segments, after) > 0))
            {
                yield return string.Join('/', segments);
            }
        }
    }
}
