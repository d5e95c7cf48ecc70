using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace MipgTeams.Bench.Sync;

/// <summary>Small .docx and .pdf files (a page of procedure text) for the extraction figures.</summary>
internal static class SmallFiles
{
    private const string Text = "Objetivo: establecer las actividades para tramitar la solicitud dentro de los quince (15) días hábiles siguientes. " +
        "Alcance: inicia con la radicación y termina con la respuesta al ciudadano. Responsable: líder del proceso.";

    public static byte[] Docx(int variant)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text($"Procedimiento {variant}"))),
                new Paragraph(new Run(new Text(Text) { Space = SpaceProcessingModeValues.Preserve }))));
        }
        return buffer.ToArray();
    }

    public static byte[] Pdf(int variant)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText($"Guia {variant}", 14, new UglyToad.PdfPig.Core.PdfPoint(50, 780), font);
        page.AddText("Objetivo: tramitar la solicitud dentro de los quince (15) dias habiles siguientes.", 10, new UglyToad.PdfPig.Core.PdfPoint(50, 750), font);
        page.AddText("Alcance: inicia con la radicacion y termina con la respuesta al ciudadano.", 10, new UglyToad.PdfPig.Core.PdfPoint(50, 735), font);
        return builder.Build();
    }
}
