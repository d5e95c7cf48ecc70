using MipgTeams.Domain.Documents;

namespace MipgTeams.SharePoint.Tests.Sync;

public sealed class FolderSyncTests : SyncedDemoTests
{
    private string Library => Path.Combine(Demo.Folder, "library");

    [Fact]
    public async Task The_first_sync_brings_the_whole_demo_library_with_its_text()
    {
        await using var db = Demo.Store.CreateDbContext();
        var documents = await db.Documents.Where(d => !d.IsRemoved).ToListAsync();
        Assert.True(documents.Count >= 30, $"only {documents.Count} documents");
        Assert.True(documents.Select(d => d.ProcessCode).Distinct().Count() >= 6);
        var procedure = documents.Single(d => d.Code == "GLEGN02-P001" && d.Status == DocumentStatus.Current);
        Assert.Equal("4.0", procedure.Version);
        Assert.Equal(DocumentType.Procedure, procedure.Type);
        Assert.Equal("GLEG", procedure.MacroprocessCode);
        Assert.Contains("quince (15) días calendario", procedure.Text, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost:3978/biblioteca/", procedure.WebUrl, StringComparison.Ordinal);
        Assert.Contains("Memoria Justificativa", documents.Single(d => d.Code == "GLEGN02-F002").Text, StringComparison.Ordinal);
        Assert.Contains("Análisis de Impacto Normativo", documents.Single(d => d.Code == "GLEGN02-G001").Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_lists_give_leaders_policies_quality_team_and_settings()
    {
        await using var db = Demo.Store.CreateDbContext();
        var process = await db.Processes.SingleAsync(p => p.Code == "GLEGN02");
        Assert.Equal("Oficina Asesora Jurídica", process.Office);
        Assert.NotNull(process.Leader?.EntraObjectId);
        Assert.Equal(19, await db.Policies.CountAsync());
        Assert.Equal(7, await db.Dimensions.CountAsync());
        Assert.Equal("Dirección Administrativa de Talento Humano", (await db.Policies.SingleAsync(p => p.Number == 1)).LeadingOffice);
        Assert.Single(await db.QualityTeam.Where(m => m.IsCoordinator).ToListAsync());
        Assert.Equal("5", (await db.Settings.SingleAsync(s => s.Key == "PlazoLiderDiasHabiles")).Value);
    }

    [Fact]
    public async Task A_second_sync_changes_nothing()
    {
        var before = await ChangeNumbers();
        var summary = await Demo.SyncAsync();
        Assert.Equal(0, summary.Changed);
        Assert.Equal(0, summary.Removed);
        Assert.Equal(before, await ChangeNumbers());
    }

    [Fact]
    public async Task A_removed_file_is_marked_removed_and_shows_as_a_change()
    {
        var file = Directory.GetFiles(Library, "GLEGN02-F002*", SearchOption.AllDirectories).Single();
        var before = await Document("GLEGN02-F002");
        File.Delete(file);

        var summary = await Demo.SyncAsync();

        var after = await Document("GLEGN02-F002");
        Assert.Equal(1, summary.Removed);
        Assert.True(after.IsRemoved);
        Assert.True(after.ChangeNumber > before.ChangeNumber);
    }

    [Fact]
    public async Task An_edited_file_gets_its_new_text_and_a_new_change_number()
    {
        var before = await Document("GLEGN02-G001");
        var pdf = Directory.GetFiles(Library, "GLEGN02-G001*", SearchOption.AllDirectories).Single();
        var docx = Directory.GetFiles(Library, "GLEGN02-C001*", SearchOption.AllDirectories).Single();
        File.Copy(docx, pdf[..^4] + ".docx");
        File.Delete(pdf);

        await Demo.SyncAsync();

        var all = await AllDocuments("GLEGN02-G001");
        var live = Assert.Single(all, d => !d.IsRemoved);
        Assert.Contains("agenda regulatoria", live.Text, StringComparison.Ordinal);
        Assert.True(live.ChangeNumber > before.ChangeNumber);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("not json")]
    [InlineData("row without fields")]
    public async Task A_list_file_that_cannot_be_read_keeps_the_last_synced_list_and_says_why_in_spanish(string damage)
    {
        var list = Path.Combine(Demo.Folder, "lists", "equipo-calidad.json");
        switch (damage)
        {
            case "missing":
                File.Delete(list);
                break;
            case "not json":
                await File.WriteAllTextAsync(list, "{ \"items\": [ { \"id\": \"1\", ");
                break;
            default:
                await File.WriteAllTextAsync(list, "{ \"items\": [ { \"id\": \"1\" } ] }");
                break;
        }
        await using var before = Demo.Store.CreateDbContext();
        var members = await before.QualityTeam.CountAsync();

        var summary = await Demo.SyncAsync();

        await using var db = Demo.Store.CreateDbContext();
        Assert.Equal(members, await db.QualityTeam.CountAsync());
        Assert.True(members > 0);
        var error = Assert.Single(summary.Errors, e => e.StartsWith("Equipo de Calidad:", StringComparison.Ordinal));
        Assert.Contains("lists/equipo-calidad.json", error, StringComparison.Ordinal);
        Assert.Contains("conserva lo último sincronizado", error, StringComparison.Ordinal);
        Assert.Equal(0, summary.Removed);
    }

    [Fact]
    public async Task A_missing_library_folder_removes_no_document()
    {
        Directory.Move(Library, Library + "-moved");

        var summary = await Demo.SyncAsync();

        await using var db = Demo.Store.CreateDbContext();
        Assert.Equal(0, summary.Removed);
        Assert.Equal(0, await db.Documents.CountAsync(d => d.IsRemoved));
        Assert.Contains(summary.Errors, e => e.Contains("No existe la carpeta library/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_corrupt_file_is_reported_and_the_rest_still_syncs()
    {
        await using var db = Demo.Store.CreateDbContext();
        var run = await db.SyncRuns.OrderBy(r => r.Id).LastAsync();
        Assert.Equal(1, run.ItemsFailed);
        Assert.Contains("GINFD01-G002", run.Errors, StringComparison.Ordinal);
        var corrupt = await db.Documents.SingleAsync(d => d.Code == "GINFD01-G002");
        Assert.Null(corrupt.Text);
        Assert.NotNull(corrupt.ExtractionError);
        Assert.True(await db.Documents.CountAsync(d => d.Text != null) >= 30);
    }

    [Fact]
    public async Task A_file_with_a_malformed_code_is_reported_never_guessed()
    {
        var folder = Directory.GetDirectories(Library, "Mejora Normativa", SearchOption.AllDirectories).Single();
        File.Copy(Directory.GetFiles(folder, "GLEGN02-C001*").Single(), Path.Combine(folder, "Borrador sin codigo.docx"));

        var summary = await Demo.SyncAsync();

        Assert.Contains(summary.Errors, e => e.Contains("Borrador sin codigo.docx", StringComparison.Ordinal) && e.Contains("no es un código", StringComparison.Ordinal));
        await using var db = Demo.Store.CreateDbContext();
        Assert.DoesNotContain(await db.Documents.Select(d => d.Path).ToListAsync(), p => p.Contains("Borrador", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Files_without_columns_take_process_and_code_from_their_path_and_name()
    {
        var document = await Document("GLEGN01-P001");
        Assert.Equal("GLEGN01", document.ProcessCode);
        Assert.Equal("GLEG", document.MacroprocessCode);
        Assert.Equal("Procedimiento Comité de Conciliación", document.Title);
    }

    [Fact]
    public async Task A_new_leader_in_the_processes_list_takes_effect_at_the_next_sync()
    {
        var list = Path.Combine(Demo.Folder, "lists", "procesos.json");
        File.WriteAllText(list, File.ReadAllText(list).Replace("andrea.rios@cartagena.gov.co", "nuevo.lider@cartagena.gov.co", StringComparison.Ordinal));

        await Demo.SyncAsync();

        await using var db = Demo.Store.CreateDbContext();
        Assert.Equal("nuevo.lider@cartagena.gov.co", (await db.Processes.SingleAsync(p => p.Code == "GLEGN02")).Leader!.Email);
    }

    [Fact]
    public async Task A_row_deleted_from_a_list_is_removed_from_the_model()
    {
        var list = Path.Combine(Demo.Folder, "lists", "configuracion.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(list))!;
        var items = json["items"]!.AsArray();
        items.RemoveAt(items.Count - 1);
        File.WriteAllText(list, json.ToJsonString());

        await Demo.SyncAsync();

        await using var db = Demo.Store.CreateDbContext();
        Assert.Null(await db.Settings.FindAsync("DiaResumenSemanal"));
    }

    private async Task<Dictionary<long, long>> ChangeNumbers()
    {
        await using var db = Demo.Store.CreateDbContext();
        return await db.Documents.ToDictionaryAsync(d => d.Id, d => d.ChangeNumber);
    }

    private async Task<Document> Document(string code) => (await AllDocuments(code)).First();

    private async Task<List<Document>> AllDocuments(string code)
    {
        await using var db = Demo.Store.CreateDbContext();
        return await db.Documents.Where(d => d.Code == code).OrderBy(d => d.Id).ToListAsync();
    }
}
