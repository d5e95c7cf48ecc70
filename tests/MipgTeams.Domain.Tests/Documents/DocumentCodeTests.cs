using MipgTeams.Domain.Documents;

namespace MipgTeams.Domain.Tests.Documents;

public sealed class DocumentCodeTests
{
    [Theory]
    [InlineData("GLEGN02-P001", "GLEGN02", DocumentType.Procedure, 1)]
    [InlineData("GLEGN02-F002", "GLEGN02", DocumentType.Form, 2)]
    [InlineData("GLEGN02-G001", "GLEGN02", DocumentType.Guide, 1)]
    [InlineData("  glegn02-c010 ", "GLEGN02", DocumentType.Characterization, 10)]
    [InlineData("GTHUM01-M003", "GTHUM01", DocumentType.Manual, 3)]
    [InlineData("GTHUM01-I120", "GTHUM01", DocumentType.Instruction, 120)]
    public void A_well_formed_code_gives_its_process_type_and_sequence(string text, string process, DocumentType type, int sequence)
    {
        Assert.True(DocumentCode.TryParse(text, out var code, out var error), error);
        Assert.Equal(process, code.ProcessCode);
        Assert.Equal(type, code.Type);
        Assert.Equal(sequence, code.Sequence);
    }

    [Fact]
    public void A_parsed_code_prints_in_its_canonical_form()
    {
        Assert.Equal("GLEGN02-P001", DocumentCode.Parse(" glegn02-p001").ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("GLEGN02P001")]
    [InlineData("GLEGN02-P01")]
    [InlineData("GLEGN-P001")]
    [InlineData("02-P001")]
    [InlineData("GLEGN02-P001-X")]
    public void A_malformed_code_is_reported_with_a_reason_in_spanish(string text)
    {
        Assert.False(DocumentCode.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.Contains("código", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_unknown_type_letter_is_reported_not_guessed()
    {
        Assert.False(DocumentCode.TryParse("GLEGN02-X001", out _, out var error));
        Assert.Contains("«X»", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_found_inside_free_text_once_each()
    {
        var codes = DocumentCode.FindAll("¿qué versión tiene el glegn02-p001? y el GLEGN02-F002, otra vez GLEGN02-P001");
        Assert.Equal(["GLEGN02-P001", "GLEGN02-F002"], codes.Select(c => c.ToString()));
    }

    [Fact]
    public void A_very_long_input_is_shortened_in_the_error()
    {
        Assert.False(DocumentCode.TryParse(new string('A', 500), out _, out var error));
        Assert.True(error.Length < 120);
    }
}
