using MipgTeams.Domain.Documents;

namespace MipgTeams.Search.Tests.Answers;

public sealed class AnswerEngineTests(SearchFixture search) : AnswerTests(search)
{
    [Theory]
    [InlineData("title:(foo AND bar~ ^2 [a TO z] \"")]
    [InlineData("*")]
    [InlineData("?~^\\/!(){}[]")]
    [InlineData("formato AND OR NOT -- +cdp")]
    [InlineData("'; DROP TABLE Documents; --")]
    [InlineData("<script>alert('x')</script>")]
    public void Query_syntax_or_injection_typed_by_a_person_never_throws(string question)
    {
        var answer = Ask(question);
        Assert.NotNull(answer);
    }

    [Theory]
    [InlineData("", AnswerKind.Empty)]
    [InlineData("   ", AnswerKind.Empty)]
    [InlineData("😀🎉👍", AnswerKind.Empty)]
    [InlineData("¿?¡!...", AnswerKind.Empty)]
    // Injection-looking text gets no match rather than a document that merely contains its letters.
    [InlineData("<script>alert(1)</script>", AnswerKind.NoMatch)]
    [InlineData("'; DROP TABLE Documents; --", AnswerKind.NoMatch)]
    public void Questions_without_words_get_an_empty_answer_and_code_gets_no_match(string question, AnswerKind expected) =>
        Assert.Equal(expected, Ask(question).Kind);

    [Fact]
    public void A_very_long_question_is_cut_and_still_answered()
    {
        var answer = Ask("formato de cdp " + string.Join(' ', Enumerable.Repeat("palabra", 5000)));
        Assert.Equal(AnswerKind.Documents, answer.Kind);
        Assert.Equal("GFINP01-F001", answer.Best!.Document.Code);
    }

    [Fact]
    public void Obsolete_documents_are_not_offered_unless_history_is_asked_for()
    {
        var current = Ask("procedimiento actos administrativos de caracter general");
        Assert.All(current.Documents, d => Assert.NotEqual(DocumentStatus.Obsolete, d.Document.Status));

        var history = Ask("version anterior del procedimiento actos administrativos de caracter general");
        var obsolete = Assert.Single(history.Documents, d => d.Document.Status == DocumentStatus.Obsolete);
        Assert.Equal("4.0", obsolete.NewerVersion?.Version);
    }

    [Fact]
    public void An_obsolete_document_replaced_by_another_code_points_to_it()
    {
        var answer = Ask("GTHUM01-G001");
        var hit = answer.Best!;
        Assert.Equal(DocumentStatus.Obsolete, hit.Document.Status);
        Assert.Equal("GFORC01-G001", hit.NewerVersion?.Code);
    }

    [Theory]
    [InlineData("the version, status and last change of a code", "en que version esta el glegn02-p001 y cual es su estado",
        "versión **4.0**", "Vigente", "3.0")]
    [InlineData("who leads a macroprocess: the leader of each of its processes", "quien lidera gestion juridica",
        "Defensa Jurídica (GLEGN01): **Andrea Carolina Ríos Vega**", "Mejora Normativa (GLEGN02)")]
    public void A_question_of_fact_is_answered_from_the_model(string asked, string question, params string[] told)
    {
        var answer = Ask(question);

        Assert.True(answer.Kind == AnswerKind.Fact, $"{asked}: a {answer.Kind} answer, not a fact");
        foreach (var text in told)
        {
            Assert.Contains(text, answer.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_process_lists_its_documents_by_type()
    {
        var answer = Ask("que procedimientos tiene el proceso de defensa juridica");
        Assert.Equal(AnswerKind.Fact, answer.Kind);
        Assert.Equal(["GLEGN01-P001", "GLEGN01-P002", "GLEGN01-P003"], answer.Documents.Select(d => d.Document.Code));
    }

    [Fact]
    public void A_macroprocess_named_as_a_process_lists_the_documents_of_each_of_its_processes()
    {
        var answer = Ask("que documentos tiene el proceso de gestion juridica");

        Assert.Equal(AnswerKind.Fact, answer.Kind);
        Assert.Contains("macroproceso **Gestión Jurídica**", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Documents);
        Assert.All(answer.Documents, d => Assert.StartsWith("GLEGN", d.Document.Code, StringComparison.Ordinal));
        Assert.Contains(answer.Documents, d => d.Document.Code.StartsWith("GLEGN01", StringComparison.Ordinal));
        Assert.Contains(answer.Documents, d => d.Document.Code.StartsWith("GLEGN02", StringComparison.Ordinal));
    }

    [Fact]
    public void The_word_gestion_alone_does_not_pick_the_first_process_whose_name_has_it()
    {
        var answer = Ask("que documentos tiene el proceso de gestion de archivos satelitales");

        Assert.DoesNotContain("Gestión Documental", (answer.Heading ?? "") + answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_passage_that_answers_comes_with_the_document()
    {
        var answer = Ask("cuantos dias tengo para responder una peticion");
        Assert.Equal("MSCIU01-P001", answer.Best!.Document.Code);
        Assert.Contains("quince (15) días hábiles", answer.Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Nonsense_gets_no_match_instead_of_a_random_document()
    {
        var answer = Ask("xylofono cuantico intergalactico");
        Assert.Equal(AnswerKind.NoMatch, answer.Kind);
        Assert.False(answer.IsAnswered);
    }

    [Fact]
    public void A_code_the_library_does_not_have_is_said_to_be_unknown_with_the_nearest_documents_as_suggestions()
    {
        var answer = Ask("GLEGN02-P999");

        Assert.Equal(AnswerKind.NoMatch, answer.Kind);
        Assert.Equal("No encontré el código GLEGN02-P999 en la biblioteca.", answer.Heading);
        Assert.Contains(answer.Suggestions, s => s.StartsWith("GLEGN02-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_code_with_a_letter_no_document_type_has_is_explained()
    {
        var answer = Ask("GLEGN02-X001");

        Assert.Equal(AnswerKind.NoMatch, answer.Kind);
        Assert.Contains("La letra «X» no corresponde a ningún tipo de documento", answer.Heading, StringComparison.Ordinal);
    }
}
