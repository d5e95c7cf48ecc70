using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MipgTeams.DemoLibrary.Catalog;

namespace MipgTeams.DemoLibrary.Writers;

/// <summary>Writes a demo format as an Excel file: a title row, then one row per body line split on " | ".</summary>
internal static class XlsxWriter
{
    public static byte[] Write(DemoDocument document)
    {
        using var buffer = new MemoryStream();
        using (var excel = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = excel.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>("rId1");
            var data = new SheetData();
            data.Append(Row([$"{document.Code} {document.Title}", $"Versión {document.Version}"]));
            foreach (var line in document.Body)
            {
                data.Append(Row(line.Split('|', StringSplitOptions.TrimEntries)));
            }
            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Formato" });
            workbook.Workbook.Save();
        }
        return ZipNormalizer.Normalize(buffer.ToArray());
    }

    // Inline strings keep the file self-contained without a shared-strings table.
    private static Row Row(IEnumerable<string> cells)
    {
        var row = new Row();
        foreach (var value in cells)
        {
            row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }) });
        }
        return row;
    }
}
