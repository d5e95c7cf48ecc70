using MipgTeams.DemoLibrary.Catalog;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace MipgTeams.DemoLibrary.Writers;

/// <summary>Writes a demo guide or manual as a PDF with real text (DejaVu Serif, from Debian's fonts-dejavu), wrapped to the page width.</summary>
internal static class PdfWriter
{
    private const int MaxCharsPerLine = 95;
    private const double LineHeight = 14;
    private const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";

    public static byte[] Write(DemoDocument document, DemoProcess process)
    {
        var builder = new PdfDocumentBuilder();
        // The standard 14 PDF fonts lack accented letters in PdfPig's writer, so a TrueType font with them is embedded.
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontPath));
        var bold = font;
        var page = builder.AddPage(PageSize.A4);
        var y = 800.0;

        void WriteLine(string text, PdfDocumentBuilder.AddedFont withFont, double size)
        {
            if (y < 60)
            {
                page = builder.AddPage(PageSize.A4);
                y = 800;
            }
            page.AddText(text, size, new UglyToad.PdfPig.Core.PdfPoint(50, y), withFont);
            y -= LineHeight;
        }

        foreach (var line in Wrap(document.Title))
        {
            WriteLine(line, bold, 12);
        }
        WriteLine($"Código: {document.Code}   Versión: {document.Version}   Estado: {document.Status}", font, 10);
        WriteLine($"Proceso: {process.Name} ({process.Code})", font, 10);
        y -= LineHeight / 2;
        foreach (var paragraph in document.Body)
        {
            foreach (var line in Wrap(paragraph))
            {
                WriteLine(line, font, 10);
            }
            y -= LineHeight / 2;
        }
        return WithStableId(builder.Build(), document);
    }

    // PdfPig writes a random file /ID in the trailer; replacing it (same length) with one derived from the document
    // keeps the generator reproducible without touching any byte offset.
    private static byte[] WithStableId(byte[] pdf, DemoDocument document)
    {
        var marker = "/ID [ <"u8.ToArray();
        var at = pdf.AsSpan().LastIndexOf(marker);
        if (at < 0)
        {
            return pdf;
        }
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(document.Code + document.Version)))[..32];
        var bytes = System.Text.Encoding.ASCII.GetBytes(hash);
        bytes.CopyTo(pdf, at + marker.Length);
        bytes.CopyTo(pdf, at + marker.Length + hash.Length + 2);
        return pdf;
    }

    private static IEnumerable<string> Wrap(string text)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > MaxCharsPerLine)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0)
            {
                line.Append(' ');
            }
            line.Append(word);
        }
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
