using MipgTeams.Search.Analysis;

namespace MipgTeams.Search.Tests.Analysis;

/// <summary>The spellings staff really type sound like the right word; different words stay different.</summary>
public sealed class SpanishPhoneticTests
{
    [Theory]
    [InlineData("bacaciones", "vacaciones", true)]
    [InlineData("vacasiones", "vacacion", true)]
    [InlineData("prosedimiento", "procedimiento", true)]
    [InlineData("recidencia", "residencia", true)]
    [InlineData("liquidasion", "liquidacion", true)]
    [InlineData("ajendamiento", "agendamiento", true)]
    [InlineData("yamar", "llamar", true)]
    [InlineData("ora", "hora", true)]
    [InlineData("aciento", "asiento", true)]
    [InlineData("conosimiento", "conocimiento", true)]
    [InlineData("evacuacion", "evaluacion", false)]
    [InlineData("contrato", "contacto", false)]
    [InlineData("plazo", "plaza", false)]
    public void A_misspelling_has_the_sound_key_of_the_word_and_different_words_keep_different_keys(string typed, string word, bool sameKey) =>
        Assert.Equal(sameKey, SpanishPhonetic.Key(word) == SpanishPhonetic.Key(typed));

    [Theory]
    [InlineData("justificatva", "justificativa", true)]
    [InlineData("procedimeinto", "procedimiento", true)]
    [InlineData("evacuacion", "evaluacion", false)]
    [InlineData("cdp", "cdps", false)]
    public void A_slip_is_one_letter_dropped_added_or_swapped(string typed, string word, bool slip) =>
        Assert.Equal(slip, Spelling.IsSlipOf(typed, word));
}
