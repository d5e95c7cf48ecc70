using MipgTeams.Domain;
using MipgTeams.Search.Analysis;

namespace MipgTeams.Search.Tests.Answers;

/// <summary>"¿A quién llamo?" asks for a contact even though "llamo" is too common a word to search for.</summary>
public sealed class ContactQuestionTests
{
    private static readonly SpanishSearchAnalyzer Analyzer = new(SearchServiceCollectionExtensions.LoadSynonyms(null));

    private static Question Read(string question) => Question.Read(AnswerEngine.Normalize(question), Analyzer);

    [Theory]
    [InlineData("se me daño el computador, ¿a quién llamo?")]
    [InlineData("me trasladaron de oficina, ¿a quién le aviso?")]
    [InlineData("¿cuál es el teléfono de la mesa de ayuda?")]
    public void Whom_to_turn_to_asks_for_a_contact(string question) =>
        Assert.True(Read(question).Facts.HasFlag(FactKind.Contact));

    [Theory]
    [InlineData("El servidor reporta la falla por la extensión 105.", true)]
    [InlineData("Escriba a soporte@alcaldia.gov.co con el número del caso.", true)]
    [InlineData("Llame al teléfono 605 6411370.", true)]
    [InlineData("Actividad 2. El técnico registra la solución y cierra el caso.", false)]
    public void A_contact_is_an_extension_a_phone_or_an_e_mail(string line, bool isContact) =>
        Assert.Equal(isContact, Read("¿a quién llamo?").IsAnsweredBy(TextFolding.Fold(line)));

    [Fact]
    public void A_figure_word_too_common_to_search_is_kept_as_a_weak_figure_not_as_a_search_word()
    {
        var question = Read("¿cuándo pagan la prima de navidad?");
        Assert.True(question.Facts.HasFlag(FactKind.Time));
        Assert.Contains(question.WeakFigures, w => w.Folded == "cuando");
        Assert.DoesNotContain(question.Words, w => w.Folded == "cuando");
    }
}
