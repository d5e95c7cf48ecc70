using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.People;
using MipgTeams.SharePoint.Extraction;
using MipgTeams.SharePoint.Graph;
using MipgTeams.SharePoint.Publishing;
using MipgTeams.SharePoint.Sync;
using MipgTeams.Store.Publishing;

namespace MipgTeams.SharePoint.Tests.Publishing;

/// <summary>
/// Publication into SharePoint through the real Graph SDK, Graph faked at HTTP: calls, crashes, access, conflicts; on
/// both stores, since the worker's steps, leases and retries are store writes.
/// </summary>
public abstract class GraphPublicationTests(StoreProvider provider) : IAsyncLifetime
{
    private const string Folder = "Gestión Jurídica/Mejora Normativa";
    private const string Current = Folder + "/GLEGN02-P001 Procedimiento Actos Administrativos.docx";
    private const string Obsolete = Folder + "/Obsoletos/GLEGN02-P001 v4.0 Procedimiento Actos Administrativos.docx";
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));
    private readonly WritableGraph graph = new();
    private TestStore store = null!;
    private PublicationRunner runner = null!;
    private WritableGraph.Item base4 = null!;
    private ILibraryPublisher publisher = null!;
    private const string Container = "graph:library:Documentos";
    private const string DraftLink = "https://contoso.sharepoint.com/sites/calidad/Documentos/Borradores/borrador.docx";

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(provider);
        publisher = PublicationServiceCollectionExtensions.CreateGraphPublisher(
            new GraphSourceOptions { BaseUrl = "http://graph.test/v1.0", Site = "site-1", Libraries = ["Documentos"], MaxRetries = 0 },
            new PublicationOptions { Credential = new() { Kind = "None" } }, graph);
        var sync = Options.Create(new SyncOptions());
        var executor = new PublicationExecutor(publisher, sync, time);
        runner = new PublicationRunner(store.Factory, executor, new PublicationRecorder(publisher, new TextExtractor(), executor, time),
            new NoPublicationEvents(), Options.Create(new PublicationOptions()), time, NullLogger<PublicationRunner>.Instance);
        base4 = graph.Add(Current, "versión 4.0", new() { ["Codigo"] = "GLEGN02-P001", ["Version"] = "4.0", ["Estado"] = "Vigente" });
        graph.Add("Borradores/borrador.docx", "versión 4.1");
        await using var db = store.CreateDbContext();
        var request = ChangeRequest.Submit(new ChangeDetails(ChangeKind.Modify, "GLEGN02-P001", "GLEGN02", null, "Paso 4", "Norma nueva",
            "https://contoso.sharepoint.com/sites/calidad/Documentos/Borradores/borrador.docx"), new Person("Ana", "", "aaaaaaaa-0000-0000-0000-000000000001"), time.GetUtcNow());
        db.ChangeRequests.Add(request);
        await db.SaveChangesAsync();
        db.PublicationJobs.Add(new PublicationJob
        {
            ChangeRequestId = request.Id, Kind = ChangeKind.Modify, ProcessCode = "GLEGN02", DocumentCode = "GLEGN02-P001", Title = "Procedimiento Actos Administrativos",
            DraftReference = request.DraftUrl, DraftName = "borrador.docx", FromVersion = "4.0", ToVersion = "4.1",
            BaseItemId = base4.Id, BasePath = Current, BaseTag = WritableGraph.CTag(base4), CreatedAt = time.GetUtcNow(), NextAttemptAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    private async Task<PublicationJob> JobAsync()
    {
        await using var db = store.CreateDbContext();
        return db.PublicationJobs.Single();
    }

    private void AssertPublishedOnce()
    {
        var p001 = graph.Items.Values.Where(i => i.Path.Contains("GLEGN02-P001", StringComparison.Ordinal)).OrderBy(i => i.Path, StringComparer.Ordinal).ToList();
        Assert.Equal([Current, Obsolete], p001.Select(i => i.Path));
        Assert.Equal(("4.1", "Vigente", "versión 4.1"), (p001[0].Fields["Version"], p001[0].Fields["Estado"], System.Text.Encoding.UTF8.GetString(p001[0].Content)));
        Assert.Equal(("4.0", "Obsoleto", "versión 4.0"), (p001[1].Fields["Version"], p001[1].Fields["Estado"], System.Text.Encoding.UTF8.GetString(p001[1].Content)));
        Assert.Equal(base4.Id, p001[1].Id); // the old file moved; nothing was copied
    }

    [Fact]
    public async Task A_modification_takes_six_graph_calls_none_repeated()
    {
        Assert.Equal(1, await runner.RunDueAsync());

        AssertPublishedOnce();
        Assert.Equal(6, graph.Calls.Count);
        Assert.Equal(graph.Calls.Count, graph.Calls.Distinct().Count());
        Assert.Equal(PublicationJobStatus.Published, (await JobAsync()).Status);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task A_crash_after_any_write_ends_with_exactly_one_new_version_after_the_rerun(int write)
    {
        graph.CrashAt = write;
        Assert.Equal(0, await runner.RunDueAsync());
        var failed = await JobAsync();
        Assert.Equal(PublicationJobStatus.Pending, failed.Status);
        Assert.Equal(1, failed.Attempts);

        graph.CrashAt = null;
        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await runner.RunDueAsync());

        AssertPublishedOnce();
    }

    [Fact]
    public async Task Without_write_access_the_job_stops_with_a_clear_message_and_can_be_retried()
    {
        graph.Deny = System.Net.HttpStatusCode.Forbidden;
        Assert.Equal(0, await runner.RunDueAsync());
        var failed = await JobAsync();
        Assert.Equal(PublicationJobStatus.Failed, failed.Status);
        Assert.Contains("Sites.Selected con permiso de escritura (write)", failed.LastError, StringComparison.Ordinal);

        graph.Deny = null;
        Assert.True(await runner.RetryAsync(failed.ChangeRequestId));
        Assert.Equal(1, await runner.RunDueAsync());
        AssertPublishedOnce();
    }

    [Fact]
    public async Task A_file_changed_in_sharepoint_stops_the_job_before_any_write()
    {
        graph.Items[base4.Id] = base4 with { Content = "editado a mano"u8.ToArray(), Version = 2 };

        Assert.Equal(0, await runner.RunDueAsync());

        Assert.Equal(PublicationJobStatus.Conflict, (await JobAsync()).Status);
        Assert.All(graph.Calls, c => Assert.StartsWith("GET", c, StringComparison.Ordinal));
        Assert.Equal(Current, graph.Items[base4.Id].Path);
    }

    /// <summary>The store as the sync leaves it: GLEGN02-P001 v4.0 current, and the process's formats F001…F003.</summary>
    private async Task SeedDocumentsAsync()
    {
        await using var db = store.CreateDbContext();
        db.Documents.Add(new Document
        {
            SourceContainer = Container, SourceItemId = base4.Id, Code = "GLEGN02-P001", Title = "Procedimiento Actos Administrativos", Version = "4.0",
            Type = DocumentType.Procedure, Status = DocumentStatus.Current, ProcessCode = "GLEGN02", Path = Current, ChangeNumber = 1,
        });
        db.SourceItems.Add(new MipgTeams.Store.Sync.SourceItemRecord { Container = Container, ItemId = base4.Id, Path = Current, ContentTag = WritableGraph.CTag(base4) });
        for (var i = 1; i <= 3; i++)
        {
            var form = graph.Add($"{Folder}/GLEGN02-F00{i} Formato {i}.xlsx", $"formato {i}");
            db.Documents.Add(new Document
            {
                SourceContainer = Container, SourceItemId = form.Id, Code = $"GLEGN02-F00{i}", Title = $"Formato {i}", Type = DocumentType.Form,
                Status = DocumentStatus.Current, ProcessCode = "GLEGN02", Path = form.Path, ChangeNumber = 1 + i,
            });
        }
        await db.SaveChangesAsync();
    }

    private async Task<(PublicationJob? Job, string? Refusal)> PlanAsync(string? draft)
    {
        await using var db = store.CreateDbContext();
        var request = ChangeRequest.Submit(new ChangeDetails(ChangeKind.Modify, "GLEGN02-P001", "GLEGN02", null, "Paso 4", "Norma nueva", draft),
            new Person("Ana", "", "aaaaaaaa-0000-0000-0000-000000000001"), time.GetUtcNow());
        await PublicationPlanner.RecordBaseAsync(db, request, CancellationToken.None);
        return await new PublicationPlanner(publisher).PlanAsync(db, request, new PublicationChoices(), time.GetUtcNow(), CancellationToken.None);
    }

    [Fact]
    public async Task Validation_reads_the_draft_link_through_graph_and_refuses_one_it_cannot_read_or_of_a_format_the_type_does_not_allow()
    {
        await SeedDocumentsAsync();
        graph.Add("Borradores/cambios.xlsx", "hoja");

        var planned = await PlanAsync(DraftLink);
        var missing = await PlanAsync("https://contoso.sharepoint.com/sites/calidad/Documentos/Borradores/no-existe.docx");
        var wrongFormat = await PlanAsync("https://contoso.sharepoint.com/sites/calidad/Documentos/Borradores/cambios.xlsx");

        Assert.Equal(("borrador.docx", "4.0", "4.1", base4.Id, WritableGraph.CTag(base4)),
            (planned.Job!.DraftName, planned.Job.FromVersion, planned.Job.ToVersion, planned.Job.BaseItemId, planned.Job.BaseTag));
        Assert.Null(missing.Job);
        Assert.Contains("No pude leer el borrador", missing.Refusal, StringComparison.Ordinal);
        Assert.Contains("Devolver al solicitante", missing.Refusal, StringComparison.Ordinal);
        Assert.Equal("El borrador «cambios.xlsx» es un archivo xlsx, pero un Procedimiento debe ser docx o pdf.", wrongFormat.Refusal);
    }

    [Fact]
    public async Task A_created_document_gets_the_next_code_counting_retired_ones_and_is_uploaded_with_its_columns_in_three_calls()
    {
        await SeedDocumentsAsync();
        graph.Add("Borradores/consultas.xlsx", "formato nuevo");
        await using (var db = store.CreateDbContext())
        {
            db.IssuedCodes.Add(new IssuedCode { Code = "GLEGN02-F004", ProcessCode = "GLEGN02", Type = DocumentType.Form, RetiredAt = time.GetUtcNow() });
            var job = db.PublicationJobs.Single();
            (job.Kind, job.DocumentCode, job.Title, job.DocumentType, job.FromVersion, job.ToVersion) = (ChangeKind.Create, null, "Formato Control de Consultas", DocumentType.Form, null, "1.0");
            (job.BaseItemId, job.BasePath, job.BaseTag) = (null, null, null);
            (job.DraftReference, job.DraftName) = ("https://contoso.sharepoint.com/sites/calidad/Documentos/Borradores/consultas.xlsx", "consultas.xlsx");
            await db.SaveChangesAsync();
        }
        graph.Calls.Clear();

        Assert.Equal(1, await runner.RunDueAsync());

        var created = Assert.Single(graph.Items.Values, i => i.Path == $"{Folder}/GLEGN02-F005 Formato Control de Consultas.xlsx");
        Assert.Equal(("GLEGN02-F005", "1.0", "Vigente", "Formato", "2026-11-25"),
            (created.Fields["Codigo"], created.Fields["Version"], created.Fields["Estado"], created.Fields["TipoDocumental"], created.Fields["FechaAprobacion"]));
        Assert.Equal("formato nuevo", System.Text.Encoding.UTF8.GetString(created.Content));
        Assert.Equal(3, graph.Calls.Count); // read the draft, upload it, set its columns
        await using var check = store.CreateDbContext();
        Assert.Equal(created.Id, check.Documents.Single(d => d.Code == "GLEGN02-F005").SourceItemId);
    }

    [Fact]
    public async Task A_removed_document_moves_to_obsoletos_as_obsoleto_and_its_code_is_retired_in_three_calls()
    {
        await SeedDocumentsAsync();
        await using (var db = store.CreateDbContext())
        {
            var job = db.PublicationJobs.Single();
            (job.Kind, job.ToVersion, job.DraftReference, job.DraftName) = (ChangeKind.Remove, null, null, null);
            await db.SaveChangesAsync();
        }
        graph.Calls.Clear();

        Assert.Equal(1, await runner.RunDueAsync());

        var moved = graph.Items[base4.Id];
        Assert.Equal((Obsolete, "Obsoleto", "4.0"), (moved.Path, moved.Fields["Estado"], moved.Fields["Version"]));
        Assert.DoesNotContain(graph.Items.Values, i => i.Path == Current);
        Assert.Equal(3, graph.Calls.Count); // check the file, move it, set its Estado
        await using var check = store.CreateDbContext();
        Assert.NotNull(check.IssuedCodes.Single(c => c.Code == "GLEGN02-P001").RetiredAt);
        Assert.Equal(DocumentStatus.Obsolete, check.Documents.Single(d => d.Code == "GLEGN02-P001").Status);
    }
}

public sealed class SqliteGraphPublicationTests() : GraphPublicationTests(StoreProvider.Sqlite);

public sealed class PostgresGraphPublicationTests() : GraphPublicationTests(StoreProvider.PostgreSql);
