using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MipgTeams.Indicators;
using MipgTeams.Portal.Catalog;
using MipgTeams.Portal.Content;

namespace MipgTeams.Portal.Indicators;

/// <summary>
/// The indicators' filters as they come in the query string (?anio=&amp;trimestre=&amp;macroproceso=&amp;proceso=), for the
/// page, the Excel file and the feeds alike. Every value is checked; a wrong one is refused with a Spanish reason.
/// </summary>
internal static class IndicatorQuery
{
    public const int FirstYear = 2015;

    public static bool TryParse(IQueryCollection query, PublicSnapshot snapshot, int currentYear,
        [NotNullWhen(true)] out IndicatorFilter? filter, [NotNullWhen(false)] out string? error)
    {
        filter = null;
        var year = currentYear;
        if (One(query, "anio") is { } yearText
            && (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < FirstYear || year > currentYear))
        {
            error = $"El año debe ser un número entre {FirstYear} y {currentYear}.";
            return false;
        }
        int? quarter = null;
        if (One(query, "trimestre") is { } quarterText)
        {
            if (quarterText is not ("1" or "2" or "3" or "4"))
            {
                error = "El trimestre debe ser 1, 2, 3 o 4.";
                return false;
            }
            quarter = quarterText[0] - '0';
        }
        string? macroprocess = null, process = null;
        if (One(query, "macroproceso") is { } macroText
            && (!RouteValues.TryMacroprocessCode(macroText, out macroprocess) || !snapshot.MacroprocessByCode.ContainsKey(macroprocess)))
        {
            error = "El macroproceso indicado no existe.";
            return false;
        }
        if (One(query, "proceso") is { } processText
            && (!RouteValues.TryProcessCode(processText, out process) || !snapshot.ProcessByCode.ContainsKey(process)))
        {
            error = "El proceso indicado no existe.";
            return false;
        }
        filter = new IndicatorFilter(year, quarter, macroprocess, process);
        error = null;
        return true;
    }

    /// <summary>The query string that gives <paramref name="filter"/> back (links to the Excel file and the feeds).</summary>
    public static string ToQueryString(IndicatorFilter filter)
    {
        var pairs = new List<KeyValuePair<string, string?>> { new("anio", filter.Year.ToString(CultureInfo.InvariantCulture)) };
        if (filter.Quarter is { } q)
        {
            pairs.Add(new("trimestre", q.ToString(CultureInfo.InvariantCulture)));
        }
        if (filter.Macroprocess is { } m)
        {
            pairs.Add(new("macroproceso", m));
        }
        if (filter.Process is { } p)
        {
            pairs.Add(new("proceso", p));
        }
        return QueryString.Create(pairs).ToString();
    }

    /// <summary>What the filter covers, in words: "2026, trimestre 4, macroproceso Gestión Jurídica".</summary>
    public static string Describe(IndicatorFilter filter, PublicSnapshot snapshot)
    {
        var parts = new List<string> { filter.Year.ToString(CultureInfo.InvariantCulture) };
        if (filter.Quarter is { } q)
        {
            parts.Add($"trimestre {q}");
        }
        if (filter.Macroprocess is { } m)
        {
            parts.Add("macroproceso " + (snapshot.MacroprocessByCode.TryGetValue(m, out var macro) ? macro.Name : m));
        }
        if (filter.Process is { } p)
        {
            parts.Add("proceso " + (snapshot.ProcessByCode.TryGetValue(p, out var process) ? process.Name : p));
        }
        return string.Join(", ", parts);
    }

    // A parameter given twice counts once (the last), an empty one not at all: forms send empty selects.
    private static string? One(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Count > 0 && !string.IsNullOrWhiteSpace(values[^1]) ? values[^1]!.Trim() : null;
}
