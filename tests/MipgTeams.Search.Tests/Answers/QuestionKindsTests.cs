using MipgTeams.Domain.Documents;

namespace MipgTeams.Search.Tests.Answers;

/// <summary>
/// The failure classes seen on a library the engine was not written for, checked on the demo: the type named, the
/// spellings people type, the figure asked for, situations, and subjects the library does not cover.
/// </summary>
public sealed class QuestionKindsTests(SearchFixture search) : AnswerTests(search)
{
    [Theory]
    [InlineData("plantilla de solicitud de vacaciones", DocumentType.Form)]
    [InlineData("formulario de vacaciones", DocumentType.Form)]
    [InlineData("procedimiento del plan anual de adquisiciones", DocumentType.Procedure)]
    [InlineData("formato del plan anual de adquisiciones", DocumentType.Form)]
    [InlineData("procedimeinto de pqrsd", DocumentType.Procedure)]
    public void The_type_named_comes_first(string question, DocumentType type) =>
        Assert.Equal(type, Ask(question).Best?.Document.Type);

    [Theory]
    [InlineData("prosedimiento de binculasion de personal", "GTHUM01-P001")]
    [InlineData("bacasiones", "GTHUM01-F002")]
    [InlineData("formato memoria justificatva", "GLEGN02-F002")]
    public void Misspelled_questions_are_answered_not_only_suggested(string question, string code)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.Documents, answer.Kind);
        Assert.Equal(code, answer.Best?.Document.Code);
    }

    [Fact]
    public void A_question_for_a_deadline_gets_the_line_with_the_figure_not_the_title()
    {
        var answer = Ask("en cuanto tiempo tengo que aceptar un nombramiento");
        Assert.Equal("GTHUM01-P001", answer.Best?.Document.Code);
        Assert.Contains("diez (10) días hábiles para aceptar", answer.Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_situation_reaches_the_procedure_rather_than_a_form_with_the_same_words()
    {
        var answer = Ask("como solicito un cambio a un documento del proceso");
        Assert.Equal(DocumentType.Procedure, answer.Best?.Document.Type);
    }

    [Theory]
    [InlineData("formato de viaticos")]
    [InlineData("instructivo de caja menor")]
    [InlineData("como reporto un accidente de trabajo")]
    public void A_subject_the_library_does_not_cover_gets_no_match_with_near_matches(string question) =>
        Assert.Equal(AnswerKind.NoMatch, Ask(question).Kind);
}
