using System.Text;
using MipgTeams.Domain.Documents;

namespace MipgTeams.SharePoint.Tests.Graph;

/// <summary>The Graph source end to end: real Graph SDK → fake Graph at HTTP → sync engine → SQLite store.</summary>
public sealed class GraphSyncTests : IAsyncLifetime
{
    private const string Procedure = "Gestión Jurídica/Mejora Normativa/GLEGN02-P001 Procedimiento Actos Administrativos de Carácter General y Abstracto o Proyectos Específicos de Regulación.docx";
    private const string Form = "Gestión Jurídica/Mejora Normativa/GLEGN02-F002 Formato Memoria Justificativa de Proyectos Normativos.xlsx";
    private const string Guide = "Gestión Jurídica/Mejora Normativa/GLEGN02-G001 Guía de Análisis de Impacto Normativo (AIN).pdf";
    private string demo = null!;
    private FakeGraph graph = null!;
    private GraphSyncHarness worker = null!;

    public async Task InitializeAsync()
    {
        demo = RepoPaths.CopyDemo();
        graph = FakeGraph.Start(FakeGraphDemo.Load(demo));
        worker = await GraphSyncHarness.CreateAsync(graph);
        var first = await worker.SyncAsync();
        Assert.True(first.Seen >= 40, $"first sync saw {first.Seen}");
    }

    public async Task DisposeAsync()
    {
        await worker.DisposeAsync();
        graph.Dispose();
        Directory.Delete(demo, recursive: true);
    }

    private FakeGraphState Site => graph.State;

    [Fact]
    public async Task A_full_sync_through_Graph_gives_the_same_model_as_the_folder_library()
    {
        await using var folder = await SyncedDemo.CreateAsync();
        await using var db = folder.Store.CreateDbContext();
        var expected = (await db.Documents.Where(d => !d.IsRemoved).ToListAsync())
            .Select(d => $"{d.Code}|{d.Title}|{d.Version}|{d.Status}|{d.ProcessCode}|{d.MacroprocessCode}|{d.Path}|{d.ApprovedOn}|{d.ContentHash}").Order(StringComparer.Ordinal);
        await using var viaGraph = worker.Store.CreateDbContext();
        var actual = (await viaGraph.Documents.Where(d => !d.IsRemoved).ToListAsync())
            .Select(d => $"{d.Code}|{d.Title}|{d.Version}|{d.Status}|{d.ProcessCode}|{d.MacroprocessCode}|{d.Path}|{d.ApprovedOn}|{d.ContentHash}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
        var procedure = await viaGraph.Documents.SingleAsync(d => d.Code == "GLEGN02-P001" && d.Status == DocumentStatus.Current);
        Assert.Contains("quince (15) días calendario", procedure.Text, StringComparison.Ordinal);
        Assert.StartsWith("https://contoso.sharepoint.com/", procedure.WebUrl, StringComparison.Ordinal);
        Assert.NotNull((await viaGraph.Processes.SingleAsync(p => p.Code == "GLEGN02")).Leader?.EntraObjectId);
        Assert.Single(await viaGraph.QualityTeam.Where(m => m.IsCoordinator).ToListAsync());
    }

    [Fact]
    public async Task Creations_edits_renames_moves_and_deletions_end_as_a_fresh_full_sync()
    {
        var docx = File.ReadAllBytes(Path.Combine(demo, "library", Procedure));
        Site.AddFile("Gestión Jurídica/Mejora Normativa/GLEGN02-F009 Formato nuevo.docx", docx);
        Site.EditFields(Site.IdOf(Procedure), f => f["Version"] = "5.0");
        var guide = Site.IdOf(Guide);
        Site.EditContent(guide, docx);
        Site.Rename(guide, "GLEGN02-G001 Guía de Análisis de Impacto Normativo (AIN).docx");
        Site.Move(Site.IdOf(Procedure), "Gestión Jurídica/Obsoletos");
        Site.Delete(Site.IdOf(Form));

        var summary = await worker.SyncAsync();

        Assert.DoesNotContain(summary.Errors, e => !e.Contains("GINFD01-G002", StringComparison.Ordinal));
        await using (var db = worker.Store.CreateDbContext())
        {
            Assert.True((await db.Documents.SingleAsync(d => d.Code == "GLEGN02-F002")).IsRemoved);
            var moved = await db.Documents.SingleAsync(d => d.Code == "GLEGN02-P001" && !d.IsRemoved && d.Version == "5.0");
            Assert.Equal("Gestión Jurídica/Obsoletos/" + Path.GetFileName(Procedure), moved.Path);
            Assert.Contains("quince (15) días calendario", (await db.Documents.SingleAsync(d => d.Code == "GLEGN02-G001")).Text, StringComparison.Ordinal);
            Assert.Contains("GLEGN02-F009", await db.Documents.Where(d => !d.IsRemoved).Select(d => d.Code).ToListAsync());
        }
        await AssertSameAsFreshFullSync();
    }

    [Fact]
    public async Task A_renamed_folder_gives_its_files_their_new_paths()
    {
        Site.Rename(Site.IdOf("Gestión Jurídica/Mejora Normativa"), "Mejora Normativa Distrital");

        await worker.SyncAsync();

        await using var db = worker.Store.CreateDbContext();
        var paths = await db.Documents.Where(d => !d.IsRemoved && d.ProcessCode == "GLEGN02").Select(d => d.Path).ToListAsync();
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.StartsWith("Gestión Jurídica/Mejora Normativa Distrital/", p, StringComparison.Ordinal));
        await AssertSameAsFreshFullSync();
    }

    [Fact]
    public async Task An_unchanged_site_costs_one_delta_request_per_library_and_list()
    {
        graph.Handler.ClearRequests();

        var summary = await worker.SyncAsync();

        Assert.Equal(0, summary.Changed);
        Assert.Equal(5, graph.Requests.Count);
        Assert.All(graph.Requests, r => Assert.Contains("delta", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ten_changed_files_cost_the_delta_pages_and_a_few_requests_each_and_nothing_for_the_rest()
    {
        var files = Site.LiveFiles.Where(f => f.Name.EndsWith(".docx", StringComparison.Ordinal)).Take(10).Select(f => f.Id).ToList();
        foreach (var id in files)
        {
            Site.EditContent(id, File.ReadAllBytes(Path.Combine(demo, "library", Procedure)));
        }
        graph.Handler.ClearRequests();

        var summary = await worker.SyncAsync();

        Assert.Equal(10, summary.Changed);
        var requests = graph.Requests;
        Assert.Equal(5, requests.Count(r => r.Contains("delta", StringComparison.Ordinal)));
        Assert.Equal(10, requests.Count(r => r.EndsWith("/listItem?$expand=fields", StringComparison.Ordinal) || r.Contains("/listItem?", StringComparison.Ordinal)));
        Assert.Equal(10, requests.Count(r => r.EndsWith("/content", StringComparison.Ordinal)));
        Assert.True(requests.Count <= 5 + 3 * 10, string.Join('\n', requests));
    }

    [Fact]
    public async Task Throttled_requests_are_retried_after_Retry_After_and_the_sync_completes()
    {
        Site.EditFields(Site.IdOf(Procedure), f => f["Version"] = "5.0");
        graph.Handler.ClearRequests();
        graph.Handler.Throttle(times: 2, retryAfterSeconds: "0", status: 429);
        graph.Handler.Fail(p => p.EndsWith("/listItem", StringComparison.Ordinal), times: 1, status: 503, retryAfterSeconds: "0");

        var summary = await worker.SyncAsync();

        Assert.Empty(summary.Errors);
        Assert.Equal(5 + 2 + 1 + 1, graph.Requests.Count); // 5 deltas + 2 throttled + listItem twice (503 then 200)
        await using var db = worker.Store.CreateDbContext();
        Assert.True(await db.Documents.AnyAsync(d => d.Code == "GLEGN02-P001" && d.Version == "5.0"));
    }

    [Fact]
    public async Task An_expired_delta_link_starts_a_full_resync_with_no_duplicates_and_no_ghosts()
    {
        Site.Delete(Site.IdOf(Form));
        Site.AddFile("Gestión Jurídica/Mejora Normativa/GLEGN02-F009 Formato nuevo.docx", File.ReadAllBytes(Path.Combine(demo, "library", Procedure)));
        Site.DeleteRow(FakeGraphDemo.ListIds["Configuración"], "1");
        graph.Handler.ExpireDeltaTokens();

        var summary = await worker.SyncAsync();

        Assert.DoesNotContain(summary.Errors, e => !e.Contains("GINFD01-G002", StringComparison.Ordinal));
        Assert.Contains(graph.Requests, r => r.Contains("delta", StringComparison.Ordinal) && !r.Contains("token=", StringComparison.Ordinal));
        await using (var db = worker.Store.CreateDbContext())
        {
            Assert.Equal(1, await db.Documents.CountAsync(d => d.Code == "GLEGN02-F009"));
            Assert.Null(await db.Settings.FindAsync("PlazoLiderDiasHabiles"));
        }
        await AssertSameAsFreshFullSync();
    }

    [Fact]
    public async Task A_file_deleted_between_the_delta_and_its_download_counts_as_deleted()
    {
        var id = Site.AddFile("Gestión Jurídica/Mejora Normativa/GLEGN02-F009 Formato nuevo.docx", File.ReadAllBytes(Path.Combine(demo, "library", Procedure)));
        graph.Handler.OnRequest = path =>
        {
            if (path.EndsWith($"/items/{id}/content", StringComparison.Ordinal))
            {
                Site.Delete(id);
            }
        };

        var summary = await worker.SyncAsync();

        Assert.DoesNotContain(summary.Errors, e => !e.Contains("GINFD01-G002", StringComparison.Ordinal));
        await using (var db = worker.Store.CreateDbContext())
        {
            Assert.False(await db.Documents.AnyAsync(d => d.Code == "GLEGN02-F009" && !d.IsRemoved));
        }
        graph.Handler.OnRequest = null;
        await worker.SyncAsync();
        await AssertSameAsFreshFullSync();
    }

    [Fact]
    public async Task A_refused_credential_is_reported_plainly_and_the_last_good_model_stays()
    {
        var before = await worker.ModelAsync();
        Site.EditFields(Site.IdOf(Procedure), f => f["Version"] = "5.0");
        graph.Handler.Unauthorized = true;

        var summary = await worker.SyncAsync();

        var error = Assert.Single(summary.Errors);
        Assert.Contains("401", error, StringComparison.Ordinal);
        Assert.Contains("credencial", error, StringComparison.Ordinal);
        Assert.Equal(before, await worker.ModelAsync());
        await using (var db = worker.Store.CreateDbContext())
        {
            Assert.Equal(Store.Sync.SyncOutcome.Failed, (await db.SyncRuns.OrderBy(r => r.Id).LastAsync()).Outcome);
        }

        graph.Handler.Unauthorized = false;
        await worker.SyncAsync();
        await AssertSameAsFreshFullSync();
    }

    [Fact]
    public async Task A_run_that_fails_midway_loses_nothing_and_the_next_run_resumes_from_the_last_committed_link()
    {
        Site.EditFields(Site.IdOf(Procedure), f => f["Version"] = "5.0");
        Site.Delete(Site.IdOf(Form));
        graph.Handler.Fail(p => p.EndsWith("/content", StringComparison.Ordinal) || p.EndsWith("/listItem", StringComparison.Ordinal), times: 1, status: 500);

        var failed = await worker.SyncAsync();

        Assert.NotEmpty(failed.Errors);
        await using (var db = worker.Store.CreateDbContext())
        {
            Assert.False((await db.Documents.SingleAsync(d => d.Code == "GLEGN02-F002")).IsRemoved);
        }
        await worker.SyncAsync();
        await AssertSameAsFreshFullSync();
    }

    [Fact]
    public async Task An_admins_edit_of_the_lists_takes_effect_at_the_next_sync()
    {
        var processes = FakeGraphDemo.ListIds["Procesos"];
        var row = Site.Lists[processes].Rows.Values.Single(r => (string?)r.Fields["Codigo"] == "GLEGN02");
        var fields = new Dictionary<string, object?>(row.Fields) { ["Lider"] = "Nuevo Líder", ["LiderCorreo"] = "nuevo.lider@cartagena.gov.co" };
        Site.SetRow(processes, row.Id, fields);
        Site.SetRow(FakeGraphDemo.ListIds["Configuración"], "1", new Dictionary<string, object?> { ["Title"] = "PlazoLiderDiasHabiles", ["Valor"] = "8" });

        await worker.SyncAsync();

        await using var db = worker.Store.CreateDbContext();
        Assert.Equal("nuevo.lider@cartagena.gov.co", (await db.Processes.SingleAsync(p => p.Code == "GLEGN02")).Leader!.Email);
        Assert.Equal("8", (await db.Settings.SingleAsync(s => s.Key == "PlazoLiderDiasHabiles")).Value);
    }

    private async Task AssertSameAsFreshFullSync()
    {
        await using var fresh = await GraphSyncHarness.CreateAsync(graph);
        await fresh.SyncAsync();
        Assert.Equal(await fresh.ModelAsync(), await worker.ModelAsync());
    }
}
