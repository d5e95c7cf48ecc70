using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace MipgTeams.SharePoint.Extraction;

/// <summary>Text from Word (.docx), Excel (.xlsx) and PDF files, through DocumentFormat.OpenXml and PdfPig.</summary>
public sealed class TextExtractor : ITextExtractor
{
    /// <summary>More text than this adds nothing to search and bloats the store.</summary>
    public const int MaxChars = 200_000;

    public ExtractionResult Extract(string fileName, Stream content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            var text = extension switch
            {
                ".docx" => FromWord(content),
                ".xlsx" => FromExcel(content),
                ".pdf" => FromPdf(content),
                _ => null,
            };
            return text is null ? ExtractionResult.None : new ExtractionResult(Cap(text), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Admins read this in the run's errors: what to do about it in Spanish, the parser's name for developers; the
            // parser's own English message (multi-line, internal offsets) helps neither.
            return new ExtractionResult(null, $"No se pudo leer el archivo {extension}: está vacío, dañado o no es un {extension} válido ({e.GetType().Name}).");
        }
    }

    private static string FromWord(Stream content)
    {
        using var document = WordprocessingDocument.Open(Seekable(content), false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return string.Empty;
        }
        var text = new StringBuilder();
        foreach (var paragraph in body.Descendants<Word.Paragraph>())
        {
            text.AppendLine(paragraph.InnerText);
        }
        return text.ToString();
    }

    private static string FromExcel(Stream content)
    {
        using var document = SpreadsheetDocument.Open(Seekable(content), false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var text = new StringBuilder();
        foreach (var sheet in workbook.WorksheetParts)
        {
            foreach (var row in sheet.Worksheet.Descendants<Row>())
            {
                var cells = row.Elements<Cell>().Select(cell => CellText(cell, shared)).Where(t => t.Length > 0);
                text.AppendLine(string.Join(" | ", cells));
            }
        }
        return text.ToString();
    }

    private static string CellText(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index) && index < shared.Length)
        {
            return shared[index];
        }
        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "";
    }

    private static string FromPdf(Stream content)
    {
        using var pdf = PdfDocument.Open(Seekable(content));
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            // Words joined by spaces, lines by their reading order: good enough for search and passages.
            foreach (var line in page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key))
            {
                text.AppendLine(string.Join(' ', line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));
            }
        }
        return text.ToString();
    }

    // OpenXml and PdfPig need to seek; network streams cannot.
    private static Stream Seekable(Stream content)
    {
        if (content.CanSeek)
        {
            return content;
        }
        var buffer = new MemoryStream();
        content.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }

    private static string Cap(string text) => text.Length <= MaxChars ? text : text[..MaxChars];
}
