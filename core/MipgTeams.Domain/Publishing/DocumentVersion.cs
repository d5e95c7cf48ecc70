using System.Globalization;
using MipgTeams.Domain.ChangeRequests;

namespace MipgTeams.Domain.Publishing;

/// <summary>
/// A document's version as the quality office writes it, "major.minor" (4.0, 4.1). A modification bumps the minor
/// number, a new version the major one; the quality member may set another version on the card, but never one that
/// does not come after the current one.
/// </summary>
public readonly record struct DocumentVersion(int Major, int Minor) : IComparable<DocumentVersion>
{
    public static readonly DocumentVersion First = new(1, 0);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");

    public int CompareTo(DocumentVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(DocumentVersion left, DocumentVersion right) => left.CompareTo(right) < 0;
    public static bool operator >(DocumentVersion left, DocumentVersion right) => left.CompareTo(right) > 0;
    public static bool operator <=(DocumentVersion left, DocumentVersion right) => left.CompareTo(right) <= 0;
    public static bool operator >=(DocumentVersion left, DocumentVersion right) => left.CompareTo(right) >= 0;

    /// <summary>Reads "4", "4.0", "v4.1" (spaces and a leading v forgiven).</summary>
    public static bool TryParse(string? text, out DocumentVersion version)
    {
        version = default;
        var trimmed = text?.Trim().TrimStart('v', 'V');
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }
        var parts = trimmed.Split('.');
        if (parts.Length > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            return false;
        }
        var minor = 0;
        if (parts.Length == 2 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minor))
        {
            return false;
        }
        if (major > 999 || minor > 999 || (major == 0 && minor == 0))
        {
            return false;
        }
        version = new DocumentVersion(major, minor);
        return true;
    }

    /// <summary>
    /// The version a published change gives the document: 1.0 for a new one; the next minor for a modification, the next
    /// major for a new version; or <paramref name="requested"/> (set by the quality member) when it comes after the
    /// current one. The error, in Spanish, says why a requested version is refused.
    /// </summary>
    public static DocumentVersion Next(ChangeKind kind, string? current, string? requested, out string? error)
    {
        error = null;
        var hasCurrent = TryParse(current, out var now);
        if (!string.IsNullOrWhiteSpace(requested))
        {
            if (!TryParse(requested, out var wanted))
            {
                error = $"«{requested.Trim()}» no es una versión válida (ejemplo: 4.1 o 5.0).";
            }
            else if (kind != ChangeKind.Create && hasCurrent && wanted <= now)
            {
                error = $"La versión {wanted} no es posterior a la vigente ({now}).";
            }
            else
            {
                return wanted;
            }
        }
        return kind switch
        {
            ChangeKind.Create => First,
            ChangeKind.Modify => hasCurrent ? now with { Minor = now.Minor + 1 } : First,
            ChangeKind.NewVersion => hasCurrent ? new DocumentVersion(now.Major + 1, 0) : First,
            _ => hasCurrent ? now : First,
        };
    }
}
