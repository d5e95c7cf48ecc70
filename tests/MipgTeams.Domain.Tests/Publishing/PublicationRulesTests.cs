using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.Publishing;

namespace MipgTeams.Domain.Tests.Publishing;

public sealed class PublicationRulesTests
{
    [Theory]
    [InlineData(ChangeKind.Modify, "4.0", "4.1")]
    [InlineData(ChangeKind.Modify, "4.9", "4.10")]
    [InlineData(ChangeKind.NewVersion, "4.0", "5.0")]
    [InlineData(ChangeKind.NewVersion, "4.3", "5.0")]
    [InlineData(ChangeKind.Create, null, "1.0")]
    [InlineData(ChangeKind.Remove, "2.0", "2.0")]
    public void A_published_change_gets_the_next_version_by_kind(ChangeKind kind, string? current, string expected)
    {
        Assert.Equal(expected, DocumentVersion.Next(kind, current, requested: null, out var error).ToString());
        Assert.Null(error);
    }

    [Fact]
    public void The_quality_member_may_set_a_later_version_but_never_an_earlier_one()
    {
        Assert.Equal("6.0", DocumentVersion.Next(ChangeKind.Modify, "4.0", "v6", out var error).ToString());
        Assert.Null(error);

        Assert.Equal("4.1", DocumentVersion.Next(ChangeKind.Modify, "4.0", "3.5", out error).ToString());
        Assert.Equal("La versión 3.5 no es posterior a la vigente (4.0).", error);

        DocumentVersion.Next(ChangeKind.NewVersion, "4.0", "cuatro", out error);
        Assert.Equal("«cuatro» no es una versión válida (ejemplo: 4.1 o 5.0).", error);
    }

    [Fact]
    public void The_next_code_counts_obsolete_removed_and_retired_codes_and_never_reuses_one()
    {
        var used = new[] { "GLEGN02-P001", "GLEGN02-P002", "GLEGN02-P003", "GLEGN02-F007", "GLEGN01-P009", "basura" };
        Assert.Equal("GLEGN02-P004", CodeSequence.Next("glegn02", DocumentType.Procedure, used).ToString());
        Assert.Equal("GLEGN02-G001", CodeSequence.Next("GLEGN02", DocumentType.Guide, used).ToString());
        // A gap (P002 retired and its rows gone) is not filled: the highest code ever used decides.
        Assert.Equal("GLEGN02-P004", CodeSequence.Next("GLEGN02", DocumentType.Procedure, ["GLEGN02-P001", "GLEGN02-P003"]).ToString());
        Assert.Null(CodeSequence.Next("GLEGN02", DocumentType.Procedure, ["GLEGN02-P999"]));
    }

    [Theory]
    [InlineData(DocumentType.Form, "Formato.xlsx", true)]
    [InlineData(DocumentType.Form, "Formato.DOCX", true)]
    [InlineData(DocumentType.Form, "Formato.pdf", false)]
    [InlineData(DocumentType.Procedure, "Procedimiento.pdf", true)]
    [InlineData(DocumentType.Procedure, "Procedimiento.xlsx", false)]
    [InlineData(DocumentType.Guide, "Guia", false)]
    public void A_draft_must_have_a_format_its_type_allows(DocumentType type, string file, bool allowed) =>
        Assert.Equal(allowed, DocumentFormats.Check(type, file) is null);

    [Fact]
    public void A_format_mismatch_names_the_file_the_type_and_what_it_should_be() =>
        Assert.Equal("El borrador «Cambios.xlsx» es un archivo xlsx, pero un Procedimiento debe ser docx o pdf.",
            DocumentFormats.Check(DocumentType.Procedure, "Cambios.xlsx"));

    [Fact]
    public void Published_files_go_to_the_process_folder_and_superseded_ones_to_its_obsolete_folder()
    {
        const string folder = "Gestión Jurídica/Mejora Normativa";
        Assert.Equal("Gestión Jurídica/Mejora Normativa/GLEGN02-P004 Procedimiento de consulta previa.docx",
            PublicationPaths.Current(folder, "GLEGN02-P004", "Procedimiento de consulta: previa?", "docx"));
        Assert.Equal("Gestión Jurídica/Mejora Normativa/Obsoletos/GLEGN02-P001 v4.0 Procedimiento.docx",
            PublicationPaths.Obsolete(folder, "GLEGN02-P001", "4.0", "Procedimiento", "docx"));
        Assert.Equal(folder, PublicationPaths.ProcessFolderOf(folder + "/Obsoletos/GLEGN02-P001 v3.0 x.docx"));
        Assert.Equal(folder, PublicationPaths.ProcessFolderOf(folder + "/GLEGN02-P001 x.docx"));
    }
}
