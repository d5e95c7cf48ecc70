using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.Processes;

namespace MipgTeams.Domain.Tests;

/// <summary>
/// Every enum value has its Spanish words, and its stored code reads back as itself: a value added without them would
/// show staff an English identifier, or fail to load from the store.
/// </summary>
public sealed class SpanishWordsTests
{
    [Fact]
    public void Every_change_kind_has_a_label_and_a_code_that_reads_back()
    {
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            Assert.NotEqual(kind.ToString(), kind.Label());
            Assert.Equal(kind, ChangeRequestLabels.KindFromCode(kind.Code()));
            Assert.True(ChangeRequestLabels.TryParseKind(kind.Label(), out var parsed) && parsed == kind);
        }
    }

    [Fact]
    public void Every_document_type_and_status_has_a_label_and_a_code_that_reads_back()
    {
        foreach (var type in Enum.GetValues<DocumentType>())
        {
            Assert.Equal(type, DocumentTypes.FromCode(type.Code()));
            Assert.True(DocumentTypes.TryParseSpanish(type.SpanishName(), out var parsed) && parsed == type);
        }
        foreach (var status in Enum.GetValues<DocumentStatus>())
        {
            Assert.NotEqual(status.ToString(), status.SpanishName());
            Assert.Equal(status, DocumentStatuses.FromCode(status.Code()));
        }
    }

    [Fact]
    public void Every_macroprocess_type_has_a_name_and_a_code_that_reads_back()
    {
        foreach (var type in Enum.GetValues<MacroprocessType>())
        {
            Assert.Equal(type, MacroprocessTypes.FromCode(type.Code()));
            Assert.True(MacroprocessTypes.TryParseSpanish(type.SpanishName(), out var parsed) && parsed == type);
        }
    }

    [Theory]
    [InlineData("Guía", DocumentType.Guide)]
    [InlineData("guia", DocumentType.Guide)]
    [InlineData("PROCEDIMIENTO", DocumentType.Procedure)]
    [InlineData("Caracterizacion", DocumentType.Characterization)]
    [InlineData("Vigente", DocumentStatus.Current)]
    [InlineData("en revision", DocumentStatus.UnderReview)]
    [InlineData("En revisión", DocumentStatus.UnderReview)]
    [InlineData("obsoleto", DocumentStatus.Obsolete)]
    [InlineData("Estratégico", MacroprocessType.Strategic)]
    [InlineData("de apoyo", MacroprocessType.Support)]
    [InlineData("EVALUACION", MacroprocessType.Evaluation)]
    [InlineData("Misional", MacroprocessType.Missional)]
    [InlineData("crear", ChangeKind.Create)]
    [InlineData("Actualizar versión", ChangeKind.NewVersion)]
    [InlineData("ActualizarVersion", ChangeKind.NewVersion)]
    [InlineData("ELIMINAR", ChangeKind.Remove)]
    public void Words_read_as_staff_type_them_in_lists_columns_and_chat(string text, Enum expected) =>
        Assert.Equal(expected, ParseLike(expected, text));

    private static Enum? ParseLike(Enum kindOfWord, string text) => kindOfWord switch
    {
        DocumentType when DocumentTypes.TryParseSpanish(text, out var type) => type,
        DocumentStatus when DocumentStatuses.TryParseSpanish(text, out var status) => status,
        MacroprocessType when MacroprocessTypes.TryParseSpanish(text, out var macroprocess) => macroprocess,
        ChangeKind when ChangeRequestLabels.TryParseKind(text, out var change) => change,
        _ => null,
    };

    [Fact]
    public void Stored_codes_are_the_Spanish_identifiers_existing_data_holds()
    {
        Assert.Equal("ActualizarVersion", ChangeKind.NewVersion.Code());
        Assert.Equal("EnRevision", DocumentStatus.UnderReview.Code());
        Assert.Equal("Caracterizacion", DocumentType.Characterization.Code());
        Assert.Equal("Estrategico", MacroprocessType.Strategic.Code());
    }
}
