using System.Text;

namespace MipgTeams.Portal.Content;

/// <summary>The file name a download is saved under: «CODE vVERSION Title.ext», in Spanish, safe on every system.</summary>
internal static class DownloadName
{
    private const int MaxTitle = 120;

    public static string For(string code, string version, string title, string libraryPath)
    {
        var extension = Path.GetExtension(libraryPath);
        var safeTitle = Clean(title);
        if (safeTitle.Length > MaxTitle)
        {
            safeTitle = safeTitle[..MaxTitle].TrimEnd();
        }
        return $"{code} v{Clean(version)} {safeTitle}{Clean(extension)}";
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || "\\/:*?\"<>|".Contains(c, StringComparison.Ordinal) ? ' ' : c);
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
