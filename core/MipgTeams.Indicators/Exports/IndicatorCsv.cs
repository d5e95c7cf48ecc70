using System.Globalization;
using System.Text;
using MipgTeams.Indicators.Tables;

namespace MipgTeams.Indicators.Exports;

/// <summary>
/// A table as CSV for Power BI and Excel: UTF-8 with BOM (so Excel reads the accents), comma separated, the stable keys
/// as header, numbers in invariant culture (a dot for decimals), text quoted when needed and never read as a formula.
/// </summary>
public static class IndicatorCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IndicatorTable table)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', table.Columns.Select(c => c.Key)).Append("\r\n");
        foreach (var row in table.Rows)
        {
            text.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => Quote(s),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? ""),
    };

    private static string Quote(string text)
    {
        // A cell starting with = + - @ would run as a formula in Excel: prefix an apostrophe.
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@')
        {
            text = "'" + text;
        }
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
