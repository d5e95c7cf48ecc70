using MipgTeams.SharePoint.Extraction;

namespace MipgTeams.SharePoint.Tests.Extraction;

public sealed class TextExtractorTests
{
    private readonly TextExtractor extractor = new();

    [Theory]
    [InlineData("GLEGN02-P001 Procedimiento*.docx", "Gaceta Digital Distrital")]
    [InlineData("GLEGN02-F002*.xlsx", "Viabilidad jurídica")]
    [InlineData("GLEGN02-G001*.pdf", "definición del problema")]
    public void Text_comes_out_of_word_excel_and_pdf_files(string pattern, string expected)
    {
        var file = Directory.GetFiles(Path.Combine(RepoPaths.Demo, "library"), pattern, SearchOption.AllDirectories).First();
        using var stream = File.OpenRead(file);

        var result = extractor.Extract(file, stream);

        Assert.Null(result.Error);
        Assert.Contains(expected, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_file_gives_an_error_and_no_text()
    {
        using var stream = new MemoryStream("%PDF-1.4 basura"u8.ToArray());
        var result = extractor.Extract("roto.pdf", stream);
        Assert.Null(result.Text);
        Assert.Contains("No se pudo leer", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_format_gives_neither_text_nor_error()
    {
        using var stream = new MemoryStream([1, 2, 3]);
        Assert.Equal(ExtractionResult.None, extractor.Extract("foto.png", stream));
    }
}
