using System.Globalization;
using System.Text.RegularExpressions;
using MipgTeams.Domain.Documents;

namespace MipgTeams.SharePoint.Sync;

/// <summary>The metadata of a library file, read from its columns with fallbacks to the file name and folder path.</summary>
internal sealed record LibraryItemValues(
    DocumentCode Code, string Title, string Version, DocumentStatus Status, string ProcessCode, string? MacroprocessCode,
    string? MacroprocessFolder, DateOnly? ApprovedOn, bool IsPublic = true);

/// <summary>
/// Maps a library item to document values. The code comes from the code column or, when empty, from the start of the
/// file name; a malformed code is an error for that item, never guessed. Type always follows the code's letter.
/// </summary>
internal sealed partial class LibraryItemMapper(LibraryColumns columns)
{
    public bool TryMap(SourceItem item, out LibraryItemValues values, out string? error)
    {
        values = null!;
        var fileName = Path.GetFileNameWithoutExtension(item.Name);
        var codeText = Field(item, columns.Code) ?? LeadingCode().Match(fileName).Value;
        if (string.IsNullOrEmpty(codeText))
        {
            codeText = fileName.Split(' ', 2)[0];
        }
        if (!DocumentCode.TryParse(codeText, out var code, out error))
        {
            error = $"{item.Path}: {error}";
            return false;
        }

        var folders = item.Path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries)[..^1];
        var status = ParseStatus(Field(item, columns.Status), folders);
        values = new LibraryItemValues(
            code,
            Title(fileName, code),
            Field(item, columns.Version) ?? VersionInName(fileName, code) ?? "1.0",
            status,
            (Field(item, columns.Process) ?? code.ProcessCode).ToUpperInvariant(),
            Field(item, columns.Macroprocess)?.ToUpperInvariant(),
            folders.Length > 0 ? folders[0] : null,
            ParseDate(Field(item, columns.ApprovedOn)),
            !IsNo(Field(item, columns.Public)));
        return true;
    }

    private static DocumentStatus ParseStatus(string? column, string[] folders)
    {
        if (DocumentStatuses.TryParseSpanish(column, out var status))
        {
            return status;
        }
        return folders.Any(f => f.Equals("Obsoletos", StringComparison.OrdinalIgnoreCase)) ? DocumentStatus.Obsolete : DocumentStatus.Current;
    }

    // "GLEGN02-P001 v3.0 Procedimiento ..." → "Procedimiento ...".
    private static string Title(string fileName, DocumentCode code)
    {
        // A file name may hold line breaks or tabs (Linux allows them): a title is one line.
        var title = string.Join(' ', VersionPrefix().Replace(AfterCode(fileName, code), "")
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return title.Length > 0 ? title : code.ToString();
    }

    // "GLEGN02-P001 v3.0 Procedimiento ..." → "3.0".
    private static string? VersionInName(string fileName, DocumentCode code)
    {
        var match = VersionPrefix().Match(AfterCode(fileName, code));
        return match.Success ? match.Groups["v"].Value : null;
    }

    private static string AfterCode(string fileName, DocumentCode code) =>
        (fileName.StartsWith(code.ToString(), StringComparison.OrdinalIgnoreCase) ? fileName[code.ToString().Length..] : fileName).Trim(' ', '-', '_');

    private static DateOnly? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? DateOnly.FromDateTime(date.UtcDateTime) : null;

    // A yes/no column arrives as "No"/"Sí" (choice), "false"/"true" (Graph's boolean) or "0"/"1"; anything else is public.
    private static bool IsNo(string? value) =>
        value is not null && Domain.TextFolding.Fold(value) is "no" or "false" or "0";

    private static string? Field(SourceItem item, string column) =>
        item.Fields.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    [GeneratedRegex(@"^[A-Za-z]{2,8}[0-9]{2}-[A-Za-z][0-9]{3}")]
    private static partial Regex LeadingCode();

    [GeneratedRegex(@"^v(?<v>[0-9]+(\.[0-9]+)?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex VersionPrefix();
}
