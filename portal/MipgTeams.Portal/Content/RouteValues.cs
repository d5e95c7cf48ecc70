using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using MipgTeams.Domain.Documents;

namespace MipgTeams.Portal.Content;

/// <summary>
/// Reads the codes and versions that come in URLs. Anything else (a path, "../", an encoded slash, 5 KB of text) is
/// refused before it reaches the catalog, so it can never name a file.
/// </summary>
internal static partial class RouteValues
{
    public static bool TryDocumentCode(string? text, [NotNullWhen(true)] out string? code)
    {
        code = text is { Length: <= 20 } && DocumentCode.TryParse(text, out var parsed, out _) ? parsed.ToString() : null;
        return code is not null;
    }

    public static bool TryVersion(string? text, [NotNullWhen(true)] out string? version)
    {
        version = text is { Length: <= 20 } && VersionPattern().IsMatch(text) ? text : null;
        return version is not null;
    }

    public static bool TryProcessCode(string? text, [NotNullWhen(true)] out string? code)
    {
        code = text is { Length: <= 20 } && ProcessPattern().IsMatch(text.ToUpperInvariant()) ? text.ToUpperInvariant() : null;
        return code is not null;
    }

    public static bool TryMacroprocessCode(string? text, [NotNullWhen(true)] out string? code)
    {
        code = text is { Length: <= 20 } && MacroprocessPattern().IsMatch(text.ToUpperInvariant()) ? text.ToUpperInvariant() : null;
        return code is not null;
    }

    [GeneratedRegex(@"^[0-9]{1,4}(\.[0-9]{1,4}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^[A-Z]{2,8}[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ProcessPattern();

    [GeneratedRegex(@"^[A-Z0-9]{2,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex MacroprocessPattern();
}
