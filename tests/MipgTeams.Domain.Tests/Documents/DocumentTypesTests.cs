using MipgTeams.Domain.Documents;

namespace MipgTeams.Domain.Tests.Documents;

public sealed class DocumentTypesTests
{
    [Theory]
    [InlineData("Guía", DocumentType.Guide)]
    [InlineData("guia", DocumentType.Guide)]
    [InlineData("PROCEDIMIENTO", DocumentType.Procedure)]
    [InlineData("Caracterizacion", DocumentType.Characterization)]
    public void Spanish_column_values_parse_with_or_without_accents(string text, DocumentType expected)
    {
        Assert.True(DocumentTypes.TryParseSpanish(text, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("Vigente", DocumentStatus.Current)]
    [InlineData("en revision", DocumentStatus.UnderReview)]
    [InlineData("En revisión", DocumentStatus.UnderReview)]
    [InlineData("obsoleto", DocumentStatus.Obsolete)]
    public void Status_column_values_parse_as_admins_type_them(string text, DocumentStatus expected)
    {
        Assert.True(DocumentStatuses.TryParseSpanish(text, out var status));
        Assert.Equal(expected, status);
    }

    [Fact]
    public void Every_type_round_trips_through_its_letter()
    {
        foreach (var type in Enum.GetValues<DocumentType>())
        {
            Assert.True(DocumentTypes.TryFromLetter(type.Letter(), out var back));
            Assert.Equal(type, back);
        }
    }
}
