using System.Text;
using MipgTeams.Portal.Catalog;

namespace MipgTeams.Portal.MasterList;

/// <summary>
/// The master list as CSV (RFC 4180, UTF-8 with BOM so Excel reads the accents). A cell a spreadsheet would run as a
/// formula (=, +, -, @) gets an apostrophe: titles come from file names.
/// </summary>
internal static class MasterListCsv
{
    public static byte[] Write(IEnumerable<PublicDocument> documents)
    {
        var csv = new StringBuilder();
        foreach (var row in MasterListTable.Rows(documents).Prepend([.. MasterListTable.Header]))
        {
            csv.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
