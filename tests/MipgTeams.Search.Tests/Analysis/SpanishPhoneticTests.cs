using MipgTeams.Search.Analysis;

namespace MipgTeams.Search.Tests.Analysis;

/// <summary>The spellings staff really type sound like the right word; different words stay different.</summary>
public sealed class SpanishPhoneticTests
{
    [Theory]
    [InlineData("bacaciones", "vacaciones")]
    [InlineData("vacasiones", "vacacion")]
    [InlineData("prosedimiento", "procedimiento")]
    [InlineData("recidencia", "residencia")]
    [InlineData("liquidasion", "liquidacion")]
    [InlineData("ajendamiento", "agendamiento")]
    [InlineData("yamar", "llamar")]
    [InlineData("ora", "hora")]
    [InlineData("aciento", "asiento")]
    [InlineData("conosimiento", "conocimiento")]
    public void A_misspelling_has_the_sound_key_of_the_word(string typed, string word) =>
        Assert.Equal(SpanishPhonetic.Key(word), SpanishPhonetic.Key(typed));

    [Theory]
    [InlineData("evacuacion", "evaluacion")]
    [InlineData("contrato", "contacto")]
    [InlineData("plazo", "plaza")]
    public void Different_words_keep_different_keys(string one, string other) =>
        Assert.NotEqual(SpanishPhonetic.Key(one), SpanishPhonetic.Key(other));

    [Theory]
    [InlineData("justificatva", "justificativa", true)]
    [InlineData("procedimeinto", "procedimiento", true)]
    [InlineData("evacuacion", "evaluacion", false)]
    [InlineData("cdp", "cdps", false)]
    public void A_slip_is_one_letter_dropped_added_or_swapped(string typed, string word, bool slip) =>
        Assert.Equal(slip, Spelling.IsSlipOf(typed, word));
}
