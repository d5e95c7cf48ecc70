namespace MipgTeams.Domain.Publishing;

/// <summary>
/// Where published files go in the library: <c>&lt;Macroproceso&gt;/&lt;Proceso&gt;/&lt;CODE&gt; &lt;Título&gt;.&lt;ext&gt;</c>,
/// superseded ones in the process's <c>Obsoletos/</c> folder with their version in the name (two obsolete versions of
/// one code never collide).
/// </summary>
public static class PublicationPaths
{
    public const string ObsoleteFolder = "Obsoletos";
    public const string DraftsFolder = "Borradores";

    public static string Current(string processFolder, string code, string title, string extension) =>
        $"{processFolder.TrimEnd('/')}/{FileName($"{code} {title}")}.{extension}";

    public static string Obsolete(string processFolder, string code, string version, string title, string extension) =>
        $"{processFolder.TrimEnd('/')}/{ObsoleteFolder}/{FileName($"{code} v{version} {title}")}.{extension}";

    /// <summary>The folder of a process, from the path of one of its files (an obsolete file's is one level up).</summary>
    public static string ProcessFolderOf(string path)
    {
        var folders = path.Replace('\\', '/').Split('/')[..^1];
        if (folders.Length > 0 && folders[^1].Equals(ObsoleteFolder, StringComparison.OrdinalIgnoreCase))
        {
            folders = folders[..^1];
        }
        return string.Join('/', folders);
    }

    // SharePoint refuses " * : < > ? / \ | # % in names; a title keeps its words, one space apart.
    private static string FileName(string text)
    {
        var cleaned = new string(text.Select(c => "\"*:<>?/\\|#%".Contains(c) || char.IsControl(c) ? ' ' : c).ToArray());
        var name = string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
        return name.Length <= 180 ? name : name[..180].TrimEnd();
    }
}
