namespace MipgTeams.Indicators;

/// <summary>
/// What the indicators are computed over: a year, optionally one quarter of it, optionally one macroprocess or one
/// process (a process includes its subprocesses). Codes are the ones of the Procesos list.
/// </summary>
public sealed record IndicatorFilter(int Year, int? Quarter = null, string? Macroprocess = null, string? Process = null)
{
    /// <summary>The quarters the filter covers (1 to 4).</summary>
    public IReadOnlyList<int> Quarters => Quarter is { } q ? [q] : [1, 2, 3, 4];

    /// <summary>Clamps what a URL may carry to sensible values; blank codes are no filter.</summary>
    public static IndicatorFilter Normalize(int year, int? quarter, string? macroprocess, string? process) =>
        new(Math.Clamp(year, 2000, 2100), quarter is >= 1 and <= 4 ? quarter : null, Code(macroprocess), Code(process));

    private static string? Code(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToUpperInvariant();
}
