using System.Text.Json;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;
using MipgTeams.Store.Publishing;
using static MipgTeams.Bot.Tests.ChangeRequests.ChangeRequestScenario;

namespace MipgTeams.Bot.Tests.ChangeRequests.Publication;

/// <summary>Validated requests change the folder library: the files, their columns, the store and the bot's answers.</summary>
public sealed class PublicationFlowTests : ChangeRequestTests
{
    private const string Folder = "Gestión Jurídica/Mejora Normativa";
    private const string P001 = Folder + "/GLEGN02-P001 Procedimiento Actos Administrativos de Carácter General y Abstracto o Proyectos Específicos de Regulación.docx";
    private const string P001Obsolete = Folder + "/Obsoletos/GLEGN02-P001 v4.0 Procedimiento Actos Administrativos de Carácter General y Abstracto o Proyectos Específicos de Regulación.docx";

    private async Task<JsonObjectResult> ValidateAsync(string kind = "Modificar", string? code = "GLEGN02-P001", string? draft = DefaultDraft, string? title = null,
        string? processCode = null, string? finalFile = null, string? version = null)
    {
        await Scenario.SubmitAsync(code: code, kind: kind, draft: draft, title: title, processCode: processCode);
        await Scenario.ClickAsync(await Scenario.CardForAsync(Andrea), "cr.approve", Andrea);
        var action = Action(await Scenario.CardForAsync(Lina), "cr.validate");
        action["data"]!["finalFile"] = finalFile;
        action["data"]!["publishVersion"] = version;
        return new JsonObjectResult(await Scenario.Bot.ClickAsync(action, aadObjectId: Lina, userId: "29:lina"));
    }

    private sealed record JsonObjectResult(System.Text.Json.Nodes.JsonObject Response)
    {
        public string Text => Visible(Response);
    }

    private Dictionary<string, Dictionary<string, string?>> Columns() =>
        JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string?>>>(File.ReadAllBytes(Path.Combine(Scenario.Library, "_columnas.json")))!;

    /// <summary>The current P001 file and the library's columns, to check later that a stopped job touched neither.</summary>
    private (byte[] Current, string Columns) LibraryNow() =>
        (File.ReadAllBytes(Path.Combine(Scenario.Library, P001)), File.ReadAllText(Path.Combine(Scenario.Library, "_columnas.json")));

    private void AssertLibraryAsBefore((byte[] Current, string Columns) before)
    {
        var now = LibraryNow();
        Assert.Equal(before.Current, now.Current);
        Assert.Equal(before.Columns, now.Columns);
        Assert.False(File.Exists(Path.Combine(Scenario.Library, P001Obsolete)));
    }

    private async Task<PublicationJob> JobAsync(long id = 1)
    {
        await using var db = Bot.Demo.Store.CreateDbContext();
        return await db.PublicationJobs.AsNoTracking().SingleAsync(j => j.ChangeRequestId == id);
    }

    [Fact]
    public async Task A_validated_modification_becomes_the_current_file_and_the_old_one_goes_to_obsoletos()
    {
        var draft = Scenario.WriteDraft(DefaultDraft);
        var validated = await ValidateAsync();
        Assert.Contains("se está publicando", validated.Text, StringComparison.Ordinal);
        Assert.Equal(PublicationJobStatus.Pending, (await JobAsync()).Status);

        Assert.Equal(1, await Scenario.PublishAsync());

        Assert.Equal(draft, File.ReadAllBytes(Path.Combine(Scenario.Library, P001)));
        Assert.True(File.Exists(Path.Combine(Scenario.Library, P001Obsolete)));
        var columns = Columns();
        Assert.Equal("4.1", columns[P001]["Version"]);
        Assert.Equal("Vigente", columns[P001]["Estado"]);
        Assert.Equal(MipgTeams.Domain.Time.BogotaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), columns[P001]["FechaAprobacion"]);
        Assert.Equal("4.0", columns[P001Obsolete]["Version"]);
        Assert.Equal("Obsoleto", columns[P001Obsolete]["Estado"]);
        Assert.Equal("2024-01-22", columns[P001Obsolete]["FechaAprobacion"]);
        Assert.Equal(PublicationSteps.Checked | PublicationSteps.Archived | PublicationSteps.Placed | PublicationSteps.Stored, (await JobAsync()).Steps);
    }

    [Fact]
    public async Task The_bot_answers_the_new_version_at_once_and_the_next_sync_changes_nothing_about_it()
    {
        await ValidateAsync();
        await Scenario.PublishAsync();
        var updater = Bot.Services.GetRequiredService<MipgTeams.Search.Index.IndexUpdater>();
        await updater.CatchUpAsync();

        var before = await CurrentAsync("GLEGN02-P001");
        Assert.Equal(("4.1", DocumentStatus.Current), (before.Version, before.Status));
        var reply = Replies.Visible(Assert.Single(await Bot.AskAsync("¿qué versión tiene el GLEGN02-P001?")));
        Assert.Contains("4.1", reply, StringComparison.Ordinal);

        await Bot.Demo.SyncAsync();
        var after = await CurrentAsync("GLEGN02-P001");
        Assert.Equal((before.Id, before.Version, before.Status, before.Path, before.ChangeNumber), (after.Id, after.Version, after.Status, after.Path, after.ChangeNumber));
        await using var db = Bot.Demo.Store.CreateDbContext();
        var p001 = await db.Documents.AsNoTracking().Where(d => d.Code == "GLEGN02-P001" && !d.IsRemoved).OrderBy(d => d.Version).ToListAsync();
        Assert.Equal([("3.0", DocumentStatus.Obsolete), ("4.0", DocumentStatus.Obsolete), ("4.1", DocumentStatus.Current)], p001.Select(d => (d.Version, d.Status)));
    }

    private async Task<Document> CurrentAsync(string code)
    {
        await using var db = Bot.Demo.Store.CreateDbContext();
        return await db.Documents.AsNoTracking().SingleAsync(d => d.Code == code && !d.IsRemoved && d.Status == DocumentStatus.Current);
    }

    [Fact]
    public async Task A_new_version_bumps_the_major_number_or_takes_the_one_set_on_the_card()
    {
        await ValidateAsync(kind: "ActualizarVersion", version: "6.0");
        await Scenario.PublishAsync();
        Assert.Equal("6.0", Columns()[P001]["Version"]);
        Assert.Equal("6.0", (await CurrentAsync("GLEGN02-P001")).Version);
    }

    [Fact]
    public async Task A_created_document_takes_the_next_code_of_its_process_and_type_counting_retired_ones()
    {
        await using (var db = Bot.Demo.Store.CreateDbContext())
        {
            db.IssuedCodes.Add(new IssuedCode { Code = "GLEGN02-F004", ProcessCode = "GLEGN02", Type = DocumentType.Form, RetiredAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        await ValidateAsync(kind: "Crear", code: null, processCode: "GLEGN02", title: "Formato Control de Consultas Ciudadanas", draft: "Borradores/consultas.xlsx");
        await Scenario.PublishAsync();

        const string path = Folder + "/GLEGN02-F005 Formato Control de Consultas Ciudadanas.xlsx";
        Assert.True(File.Exists(Path.Combine(Scenario.Library, path)));
        Assert.Equal(("GLEGN02-F005", "1.0", "Vigente", "Formato"), (Columns()[path]["Codigo"], Columns()[path]["Version"], Columns()[path]["Estado"], Columns()[path]["TipoDocumental"]));
        var created = await CurrentAsync("GLEGN02-F005");
        Assert.Equal("Formato Control de Consultas Ciudadanas", created.Title);
        Assert.Equal("GLEG", created.MacroprocessCode);
    }

    [Fact]
    public async Task A_removed_document_goes_to_obsoletos_and_its_code_is_never_given_again()
    {
        await ValidateAsync(kind: "Eliminar", code: "GLEGN02-F003", draft: null);
        await Scenario.PublishAsync();

        Assert.False(File.Exists(Path.Combine(Scenario.Library, Folder, "GLEGN02-F003 Formato Agenda Regulatoria Anual.xlsx")));
        Assert.Equal("Obsoleto", Columns()[Folder + "/Obsoletos/GLEGN02-F003 v1.0 Formato Agenda Regulatoria Anual.xlsx"]["Estado"]);
        await using var db = Bot.Demo.Store.CreateDbContext();
        Assert.NotNull((await db.IssuedCodes.SingleAsync(c => c.Code == "GLEGN02-F003")).RetiredAt);
        Assert.False(await db.Documents.AnyAsync(d => d.Code == "GLEGN02-F003" && !d.IsRemoved && d.Status == DocumentStatus.Current));
    }

    [Fact]
    public async Task A_request_without_a_readable_draft_cannot_be_validated_and_can_be_returned()
    {
        var refused = await ValidateAsync(draft: null);
        Assert.Contains("La solicitud no tiene borrador", refused.Text, StringComparison.Ordinal);
        Assert.Contains("Devolver al solicitante", refused.Text, StringComparison.Ordinal);
        Assert.Equal(ChangeRequestStatus.PendingQuality, (await Scenario.RequestAsync()).Status);

        var missing = Action(await Scenario.CardForAsync(Lina), "cr.validate");
        missing["data"]!["finalFile"] = "Borradores/no-existe.docx";
        Assert.Contains("No encontré el borrador «Borradores/no-existe.docx»", Visible(await Bot.ClickAsync(missing, aadObjectId: Lina, userId: "29:lina")), StringComparison.Ordinal);

        Scenario.WriteDraft("Borradores/final.docx");
        var withFinal = Action(await Scenario.CardForAsync(Lina), "cr.validate");
        withFinal["data"]!["finalFile"] = "Borradores/final.docx";
        await Bot.ClickAsync(withFinal, aadObjectId: Lina, userId: "29:lina");
        Assert.Equal(ChangeRequestStatus.Published, (await Scenario.RequestAsync()).Status);
        Assert.Equal("Borradores/final.docx", (await JobAsync()).DraftReference);
    }

    [Fact]
    public async Task A_draft_of_a_format_the_type_does_not_allow_is_refused_naming_both()
    {
        var refused = await ValidateAsync(draft: "Borradores/cambios.xlsx");
        Assert.Contains("El borrador «cambios.xlsx» es un archivo xlsx, pero un Procedimiento debe ser docx o pdf.", refused.Text, StringComparison.Ordinal);
        Assert.Equal(ChangeRequestStatus.PendingQuality, (await Scenario.RequestAsync()).Status);
    }

    [Fact]
    public async Task A_file_changed_since_the_request_stops_the_job_touches_nothing_and_tells_the_quality_team()
    {
        await ValidateAsync();
        var current = Path.Combine(Scenario.Library, P001);
        File.AppendAllText(current, "cambio hecho a mano en SharePoint");
        var before = LibraryNow();

        Assert.Equal(0, await Scenario.PublishAsync());

        AssertLibraryAsBefore(before);
        var job = await JobAsync();
        Assert.Equal(PublicationJobStatus.Conflict, job.Status);
        Assert.Contains("cambió en la biblioteca después de que se envió la solicitud", job.LastError, StringComparison.Ordinal);
        var told = (await Scenario.OutboxAsync()).Where(m => m.Key.StartsWith("pub:1:stopped", StringComparison.Ordinal)).Select(m => m.RecipientAadObjectId).ToList();
        Assert.Contains(Lina, told);
        Assert.Contains("Reintentar publicación", (await Scenario.OutboxAsync()).Last(m => m.RecipientAadObjectId == Lina).ActivityJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_edited_between_submission_and_validation_stops_the_job_even_after_a_sync()
    {
        await Scenario.SubmitAsync();
        // Someone edits the current file in the library while the request waits for the leader, and the sync brings
        // that edit into the store: the file at validation is not the one the draft was written against.
        var current = Path.Combine(Scenario.Library, P001);
        File.AppendAllText(current, "cambio hecho a mano mientras la solicitud esperaba");
        await Bot.Demo.SyncAsync();
        var before = LibraryNow();
        await Scenario.ClickAsync(await Scenario.CardForAsync(Andrea), "cr.approve", Andrea);
        await Scenario.ClickAsync(await Scenario.CardForAsync(Lina), "cr.validate", Lina);
        Assert.Equal(ChangeRequestStatus.Published, (await Scenario.RequestAsync()).Status);

        Assert.Equal(0, await Scenario.PublishAsync());

        AssertLibraryAsBefore(before);
        var job = await JobAsync();
        Assert.Equal(PublicationJobStatus.Conflict, job.Status);
        Assert.Equal(PublicationSteps.None, job.Steps);
        Assert.Contains("cambió en la biblioteca después de que se envió la solicitud: alguien editó su contenido", job.LastError, StringComparison.Ordinal);
        var stopped = (await Scenario.OutboxAsync()).Last(m => m.Key.StartsWith("pub:1:stopped", StringComparison.Ordinal) && m.RecipientAadObjectId == Lina);
        Assert.Contains("alguien editó su contenido", stopped.ActivityJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returned_request_keeps_the_file_it_was_first_submitted_against_unless_it_names_another_document()
    {
        await Scenario.SubmitAsync();
        var submitted = await Scenario.RequestAsync();
        File.AppendAllText(Path.Combine(Scenario.Library, P001), "cambio hecho a mano");
        await Bot.Demo.SyncAsync();
        await Scenario.ClickAsync(await Scenario.CardForAsync(Andrea), "cr.reject", Andrea, comment: "Falta el paso 5");
        var returned = await Scenario.CardForAsync(Ana);

        var same = Action(returned, "cr.resubmit");
        (same["data"]!["kind"], same["data"]!["documentCode"], same["data"]!["draftUrl"]) = ("Modificar", "GLEGN02-P001", DefaultDraft);
        (same["data"]!["description"], same["data"]!["reason"]) = ("Se agrega el paso 5", "Lo exige el decreto");
        await Bot.ClickAsync(same, aadObjectId: Ana);
        var resubmitted = await Scenario.RequestAsync();

        Assert.Equal(ChangeRequestStatus.PendingLeader, resubmitted.Status);
        Assert.Equal((submitted.BaseItemId, submitted.BaseTag), (resubmitted.BaseItemId, resubmitted.BaseTag));

        await Scenario.ClickAsync(await Scenario.CardForAsync(Andrea), "cr.reject", Andrea, comment: "Era otro documento");
        Scenario.WriteDraft("Borradores/GLEGN02-C001.docx");
        var other = Action(await Scenario.CardForAsync(Ana), "cr.resubmit");
        (other["data"]!["kind"], other["data"]!["documentCode"], other["data"]!["draftUrl"]) = ("Modificar", "GLEGN02-C001", "Borradores/GLEGN02-C001.docx");
        (other["data"]!["description"], other["data"]!["reason"]) = ("Se agrega el paso 5", "Lo exige el decreto");
        await Bot.ClickAsync(other, aadObjectId: Ana);
        var moved = await Scenario.RequestAsync();
        await using var db = Bot.Demo.Store.CreateDbContext();
        var c001 = await db.Documents.AsNoTracking().SingleAsync(d => d.Code == "GLEGN02-C001" && d.Status == DocumentStatus.Current && !d.IsRemoved);

        Assert.Equal(("GLEGN02-C001", c001.SourceItemId), (moved.DocumentCode, moved.BaseItemId));
        Assert.NotEqual(submitted.BaseTag, moved.BaseTag);
    }

    [Fact]
    public async Task A_request_from_before_the_baseline_was_recorded_is_checked_against_the_file_at_validation()
    {
        await Scenario.SubmitAsync();
        await using (var db = Bot.Demo.Store.CreateDbContext())
        {
            var request = await db.ChangeRequests.SingleAsync();
            request.RecordBase(null, null); // as the migration leaves requests submitted before it
            await db.SaveChangesAsync();
        }
        File.AppendAllText(Path.Combine(Scenario.Library, P001), "cambio anterior a la validación");
        await Bot.Demo.SyncAsync();
        await Scenario.ClickAsync(await Scenario.CardForAsync(Andrea), "cr.approve", Andrea);
        await Scenario.ClickAsync(await Scenario.CardForAsync(Lina), "cr.validate", Lina);

        Assert.Equal(1, await Scenario.PublishAsync());
        Assert.EndsWith("cambio anterior a la validación", File.ReadAllText(Path.Combine(Scenario.Library, P001Obsolete)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crash_after_any_step_ends_with_exactly_one_new_version_after_the_rerun()
    {
        await ValidateAsync();
        // The run died right after moving the file to Obsoletos/, before recording it: the step is redone, not repeated.
        await using (var db = Bot.Demo.Store.CreateDbContext())
        {
            var job = await db.PublicationJobs.SingleAsync();
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Scenario.Library, P001Obsolete))!);
            File.Move(Path.Combine(Scenario.Library, P001), Path.Combine(Scenario.Library, P001Obsolete));
            job.Steps = PublicationSteps.Checked;
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await Scenario.PublishAsync());
        Assert.Equal(0, await Scenario.PublishAsync());

        var files = Directory.GetFiles(Path.Combine(Scenario.Library, Folder), "GLEGN02-P001*", SearchOption.AllDirectories).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(3, files.Count); // v3.0 and v4.0 in Obsoletos, the new current one
        Assert.Equal("Obsoleto", Columns()[P001Obsolete]["Estado"]);
        Assert.Equal("4.1", Columns()[P001]["Version"]);
    }

    [Fact]
    public async Task Publication_sends_the_new_version_card_and_read_is_recorded_once()
    {
        await ValidateAsync();
        await Scenario.PublishAsync();

        var cards = (await Scenario.OutboxAsync()).Where(m => m.Key.StartsWith("pub:1:to:", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { Ana, Andrea }.Order(), cards.Select(m => m.RecipientAadObjectId!).Order());
        var card = Card(cards[0]);
        var shown = Replies.Visible(new System.Text.Json.Nodes.JsonObject { ["attachments"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["content"] = card.DeepClone() }) });
        Assert.Contains("Nueva versión publicada", shown, StringComparison.Ordinal);
        Assert.Contains("4.0 → 4.1", shown, StringComparison.Ordinal);
        var open = Assert.Single(Replies.Elements(card, "Action.OpenUrl"));
        Assert.Equal("Abrir", open["title"]!.GetValue<string>());
        Assert.EndsWith("/Gesti%C3%B3n%20Jur%C3%ADdica/Mejora%20Normativa/GLEGN02-P001%20Procedimiento%20Actos%20Administrativos%20de%20Car%C3%A1cter%20General%20y%20Abstracto%20o%20Proyectos%20Espec%C3%ADficos%20de%20Regulaci%C3%B3n.docx",
            open["url"]!.GetValue<string>(), StringComparison.Ordinal);

        var read = Replies.Actions(card).Single(a => a["verb"]?.GetValue<string>() == "cr.read");
        Assert.Contains("Registré que leíste", Visible(await Bot.ClickAsync(read, aadObjectId: Andrea, userId: "29:andrea")), StringComparison.Ordinal);
        Assert.Contains("Ya habías registrado", Visible(await Bot.ClickAsync(read, aadObjectId: Andrea, userId: "29:andrea")), StringComparison.Ordinal);

        var report = Replies.Visible(Assert.Single(await Bot.AskAsync("socialización GLEGN02-P001", Lina)));
        Assert.Contains("Leída por 1: Andrea Carolina Ríos Vega", report, StringComparison.Ordinal);
        Assert.Contains("Sin confirmar (1):", report, StringComparison.Ordinal);
        Assert.Contains("La socialización de los documentos la consulta el equipo de calidad", Replies.Visible(Assert.Single(await Bot.AskAsync("socialización GLEGN02-P001", Ana))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publication_adds_no_entry_to_the_requests_history_through_a_conflict_a_retry_and_reads()
    {
        await ValidateAsync();
        File.AppendAllText(Path.Combine(Scenario.Library, P001), "cambio hecho a mano");
        await Scenario.PublishAsync();
        var retry = Action(Card((await Scenario.OutboxAsync()).Last(m => m.Key.StartsWith("pub:1:stopped", StringComparison.Ordinal) && m.RecipientAadObjectId == Lina)),
            "cr.retry-publication");
        await Bot.ClickAsync(retry, aadObjectId: Lina, userId: "29:lina");
        await Bot.ClickAsync(retry, aadObjectId: Lina, userId: "29:lina"); // a double click queues it once
        Assert.Equal(1, await Scenario.PublishAsync());
        var read = Action(Card((await Scenario.OutboxAsync()).First(m => m.Key == $"pub:1:to:{Andrea}")), "cr.read");
        await Bot.ClickAsync(read, aadObjectId: Andrea, userId: "29:andrea");
        await Bot.ClickAsync(read, aadObjectId: Andrea, userId: "29:andrea");

        var request = await Scenario.RequestAsync();
        Assert.Equal([ChangeRequestEventType.Submitted, ChangeRequestEventType.ApprovedByLeader, ChangeRequestEventType.ValidatedByQuality],
            request.Events.OrderBy(e => e.Version).Select(e => e.Type));
        var view = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "Action.Execute", ["verb"] = "cr.view", ["data"] = new System.Text.Json.Nodes.JsonObject { ["requestId"] = 1, ["version"] = request.Version },
        };
        var history = Visible(await Bot.ClickAsync(view, aadObjectId: Lina, userId: "29:lina"));
        Assert.Equal(1, history.Split("Validada por calidad y publicada ·").Length - 1);
        Assert.Equal(1, history.Split("Aprobada por el líder ·").Length - 1);
        await using var db = Bot.Demo.Store.CreateDbContext();
        Assert.Equal(1, await db.Acknowledgments.CountAsync());
        Assert.Equal(1, await db.PublicationJobs.CountAsync());
    }

    [Fact]
    public async Task A_stopped_publication_shows_in_the_quality_teams_pending_and_retrying_publishes_it()
    {
        await ValidateAsync();
        File.AppendAllText(Path.Combine(Scenario.Library, P001), "cambio hecho a mano");
        await Scenario.PublishAsync();

        var pending = await Bot.AskAsync("pendientes", Lina);
        var card = Replies.Card(pending[0]);
        Assert.Contains("Validadas pero sin publicar (1)", Replies.Visible(pending[0]), StringComparison.Ordinal);
        Assert.Contains("el archivo vigente cambió", Replies.Visible(pending[0]), StringComparison.Ordinal);
        Assert.DoesNotContain(await Bot.AskAsync("pendientes", Ana), r => Replies.Visible(r).Contains("sin publicar", StringComparison.Ordinal));

        var retry = Replies.Actions(card).Single(a => a["verb"]!.GetValue<string>() == "cr.retry-publication");
        Assert.Equal("application/vnd.microsoft.error", (await Bot.ClickAsync(retry, aadObjectId: Ana, userId: "29:ana"))["type"]!.GetValue<string>());
        Assert.Contains("Puse la publicación otra vez en cola", Visible(await Bot.ClickAsync(retry, aadObjectId: Lina, userId: "29:lina")), StringComparison.Ordinal);
        Assert.Equal(1, await Scenario.PublishAsync());

        Assert.Equal(PublicationJobStatus.Published, (await JobAsync()).Status);
        // The hand-made change is not lost: it is the obsolete 4.0.
        Assert.EndsWith("cambio hecho a mano", File.ReadAllText(Path.Combine(Scenario.Library, P001Obsolete)), StringComparison.Ordinal);
    }
}
