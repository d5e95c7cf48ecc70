using System.Text;

namespace MipgTeams.Bot.ChangeRequests.Reports;

/// <summary>
/// The report as CSV (RFC 4180, UTF-8 with BOM so Excel reads the accents). Cells that a spreadsheet would run as a
/// formula (=, +, -, @) are prefixed with an apostrophe: the text comes from staff.
/// </summary>
internal static class CommitteeCsv
{
    public static byte[] Write(CommitteeReport report)
    {
        var csv = new StringBuilder();
        foreach (var row in CommitteeReportTable.Rows(report).Prepend(CommitteeReportTable.Header))
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
