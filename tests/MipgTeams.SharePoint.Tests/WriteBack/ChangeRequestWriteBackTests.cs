using System.Text.Json.Nodes;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.People;
using MipgTeams.SharePoint.WriteBack;
using MipgTeams.Store.ChangeRequests;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Moq;
using WireMock.Server;

namespace MipgTeams.SharePoint.Tests.WriteBack;

/// <summary>The SharePoint mirror of change requests, with Graph faked at HTTP by WireMock.</summary>
public sealed class ChangeRequestWriteBackTests : IAsyncLifetime
{
    private const string Items = "/v1.0/sites/site-1/lists/list-1/items";
    private static readonly Person Ana = new("Ana Pérez", "ana@cartagena.gov.co", "aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Person Andrea = new("Andrea Ríos", "andrea@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000007");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero));
    private readonly WireMockServer graph = WireMockServer.Start();
    private TestStore store = null!;
    private ChangeRequestWriteBack writeBack = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var options = Options.Create(new WriteBackOptions { Enabled = true, SiteId = "site-1", ListId = "list-1", GraphBaseUrl = graph.Url + "/v1.0", Credential = new() { Kind = "None" } });
        writeBack = new ChangeRequestWriteBack(store.Factory, new GraphChangeRequestList(GraphChangeRequestList.CreateClient(options.Value), options), options, time,
            NullLogger<ChangeRequestWriteBack>.Instance);
    }

    public async Task DisposeAsync()
    {
        graph.Stop();
        await store.DisposeAsync();
    }

    [Fact]
    public async Task A_new_request_is_created_in_the_list_with_its_state_then_patched_on_each_transition()
    {
        GraphAnswers(create: 201, patch: 200);
        var id = await SubmitAsync();

        Assert.Equal(1, await writeBack.PushDueAsync());
        Assert.Equal(0, await writeBack.PushDueAsync());

        var created = JsonNode.Parse(graph.LogEntries.Single(e => e.RequestMessage!.Method == "POST").RequestMessage!.Body!)!;
        Assert.Equal(id, created["fields"]!["SolicitudId"]!.GetValue<long>());
        Assert.Equal("GLEGN02-P001", created["fields"]!["CodigoDocumento"]!.GetValue<string>());
        Assert.Equal("Pendiente de aprobación del líder", created["fields"]!["Estado"]!.GetValue<string>());
        var job = await JobAsync(id);
        Assert.Equal("17", job.ListItemId);
        Assert.Equal(1, job.PushedVersion);

        await ApproveAsync(id);
        Assert.Equal(1, await writeBack.PushDueAsync());

        var patch = graph.LogEntries.Single(e => e.RequestMessage!.Method == "PATCH").RequestMessage!;
        Assert.EndsWith(Items + "/17/fields", patch.Path, StringComparison.Ordinal);
        Assert.Equal("Pendiente de validación de calidad", JsonNode.Parse(patch.Body!)!["Estado"]!.GetValue<string>());
        Assert.Equal(2, (await JobAsync(id)).PushedVersion);
    }

    [Fact]
    public async Task When_sharepoint_is_unreachable_the_push_is_retried_later_and_nothing_is_lost()
    {
        GraphAnswers(create: 503, patch: 200);
        var id = await SubmitAsync();

        Assert.Equal(0, await writeBack.PushDueAsync());
        var failed = await JobAsync(id);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal(0, failed.PushedVersion);
        Assert.NotNull(failed.LastError);
        Assert.True(failed.NextAttemptAt > time.GetUtcNow());
        Assert.Equal(0, await writeBack.PushDueAsync()); // not due yet: backoff

        await ApproveAsync(id); // a transition while SharePoint is down
        graph.Reset();
        GraphAnswers(create: 201, patch: 200);
        time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(1, await writeBack.PushDueAsync());

        var created = JsonNode.Parse(graph.LogEntries.Single(e => e.RequestMessage!.Method == "POST").RequestMessage!.Body!)!;
        Assert.Equal("Pendiente de validación de calidad", created["fields"]!["Estado"]!.GetValue<string>());
        var job = await JobAsync(id);
        Assert.Equal(2, job.PushedVersion);
        Assert.Null(job.LastError);
    }

    [Fact]
    public async Task An_item_deleted_in_sharepoint_is_created_again()
    {
        GraphAnswers(create: 201, patch: 404);
        var id = await SubmitAsync();
        await writeBack.PushDueAsync();
        await ApproveAsync(id);

        Assert.Equal(1, await writeBack.PushDueAsync());

        Assert.Equal(2, graph.LogEntries.Count(e => e.RequestMessage!.Method == "POST"));
        Assert.Equal(2, (await JobAsync(id)).PushedVersion);
    }

    [Fact]
    public async Task Nothing_is_pushed_while_the_write_back_is_off()
    {
        GraphAnswers(create: 201, patch: 200);
        await SubmitAsync();
        var off = new ChangeRequestWriteBack(store.Factory, Mock.Of<IChangeRequestList>(MockBehavior.Strict), Options.Create(new WriteBackOptions()), time,
            NullLogger<ChangeRequestWriteBack>.Instance);

        Assert.Equal(0, await off.PushDueAsync());
    }

    private void GraphAnswers(int create, int patch)
    {
        graph.Given(Request.Create().WithPath(Items).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(create).WithHeader("Content-Type", "application/json")
                .WithBody(create == 201 ? "{\"id\":\"17\",\"fields\":{}}" : "{\"error\":{\"code\":\"serviceNotAvailable\",\"message\":\"down\"}}"));
        graph.Given(Request.Create().WithPath(Items + "/*/fields").UsingPatch())
            .RespondWith(Response.Create().WithStatusCode(patch).WithHeader("Content-Type", "application/json")
                .WithBody(patch == 200 ? "{}" : "{\"error\":{\"code\":\"itemNotFound\",\"message\":\"gone\"}}"));
    }

    private async Task<long> SubmitAsync()
    {
        await using var db = store.CreateDbContext();
        var request = ChangeRequest.Submit(new ChangeDetails(ChangeKind.Modify, "GLEGN02-P001", "GLEGN02", null, "Paso 4", "Norma nueva", null), Ana, time.GetUtcNow());
        db.ChangeRequests.Add(request);
        WriteBackJob.Touch(db, null, request, time.GetUtcNow());
        await db.SaveChangesAsync();
        return request.Id;
    }

    private async Task ApproveAsync(long id)
    {
        await using var db = store.CreateDbContext();
        var request = await db.ChangeRequests.SingleAsync(r => r.Id == id);
        request.ApproveAsLeader(new Actor(Andrea.EntraObjectId!, Andrea.DisplayName), new Deciders(Andrea, []), request.Version, time.GetUtcNow());
        WriteBackJob.Touch(db, await db.WriteBackJobs.SingleAsync(j => j.ChangeRequestId == id), request, time.GetUtcNow());
        await db.SaveChangesAsync();
    }

    private async Task<WriteBackJob> JobAsync(long id)
    {
        await using var db = store.CreateDbContext();
        return await db.WriteBackJobs.AsNoTracking().SingleAsync(j => j.ChangeRequestId == id);
    }
}
