using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MipgTeams.Indicators.Tables;

namespace MipgTeams.Indicators.Exports;

/// <summary>«Descargar Excel»: one sheet per indicator table (Spanish headers, numbers as numbers), with the Open XML SDK as the committee report.</summary>
public static class IndicatorXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Sheet names: Excel allows 31 characters and no : \ / ? * [ ].</summary>
    public static string SheetName(IndicatorTable table) => table.Name.Length <= 31 ? table.Name : table.Name[..31];

    public static byte[] Write(IReadOnlyList<IndicatorTable> tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var table in tables)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(new Row(new Cell { DataType = CellValues.InlineString, InlineString = Inline(table.Title) }));
                data.Append(new Row(table.Columns.Select(c => new Cell { DataType = CellValues.InlineString, InlineString = Inline(c.Header) })));
                foreach (var row in table.Rows)
                {
                    data.Append(new Row(row.Select(Cell)));
                }
                part.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(table) });
            }
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        int or double => new Cell { DataType = CellValues.Number, CellValue = new CellValue(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = Inline(value.ToString() ?? "") },
    };

    private static InlineString Inline(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
