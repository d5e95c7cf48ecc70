using MipgTeams.Domain.Documents;

namespace MipgTeams.Domain.Tests.Documents;

public sealed class DocumentTypesTests
{
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
