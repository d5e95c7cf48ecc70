using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MipgTeams.DemoLibrary.Catalog;

namespace MipgTeams.DemoLibrary.Writers;

/// <summary>Writes a demo document as a Word file: a title, a code/version line, then one paragraph per body line.</summary>
internal static class DocxWriter
{
    public static byte[] Write(DemoDocument document, DemoProcess process)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(document.Title, bold: true));
            body.Append(Paragraph($"Código: {document.Code}    Versión: {document.Version}    Estado: {document.Status}", bold: false));
            body.Append(Paragraph($"Proceso: {process.Name} ({process.Code})    Líder: {process.Office}", bold: false));
            foreach (var line in document.Body)
            {
                body.Append(Paragraph(line, bold: false));
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return ZipNormalizer.Normalize(buffer.ToArray());
    }

    private static Paragraph Paragraph(string text, bool bold)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.RunProperties = new RunProperties(new Bold());
        }
        return new Paragraph(run);
    }
}
