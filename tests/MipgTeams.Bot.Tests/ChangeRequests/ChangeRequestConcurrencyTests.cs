using MipgTeams.Bot.ChangeRequests;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.SharePoint.WriteBack;
using static MipgTeams.Bot.Tests.ChangeRequests.ChangeRequestScenario;
using MipgTeams.SharePoint.Folder;
using MipgTeams.SharePoint.Publishing;

namespace MipgTeams.Bot.Tests.ChangeRequests;

/// <summary>Racing decisions on one store, with the write-back on: exactly one transition, one set of messages, one job.</summary>
public abstract class ChangeRequestConcurrencyTests(StoreProvider provider) : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero));
    private SyncedDemo demo = null!;
    private ChangeRequestService service = null!;

    public async Task InitializeAsync()
    {
        demo = await SyncedDemo.CreateAsync(provider);
        service = new ChangeRequestService(
            demo.Store.Factory, new ChangeRequestNotifier(new StoreOutbox(time), Options.Create(new ChangeRequestOptions())),
            Options.Create(new WriteBackOptions { Enabled = true, SiteId = "s", ListId = "l" }),
            new PublicationPlanner(new FolderLibraryPublisher(Options.Create(new FolderSourceOptions { Root = demo.Folder }))), time, NullLogger<ChangeRequestService>.Instance);
        Directory.CreateDirectory(Path.Combine(demo.Folder, "library", "Borradores"));
        await File.WriteAllTextAsync(Path.Combine(demo.Folder, "library", "Borradores", "final.docx"), "borrador");
    }

    public async Task DisposeAsync() => await demo.DisposeAsync();

    [Fact]
    public async Task Many_simultaneous_approvals_of_one_version_make_exactly_one_transition()
    {
        var submitted = await SubmitAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => service.DecideAsync(submitted.Id, 1, ChangeRequestVerbs.Approve, new Actor(Andrea, "Andrea"), null, CancellationToken.None))));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.True(o.AlreadyDecided));
        await using var db = demo.Store.CreateDbContext();
        var request = await db.ChangeRequests.Include(r => r.Events).SingleAsync();
        Assert.Equal(2, request.Version);
        Assert.Single(request.Events, e => e.Type == ChangeRequestEventType.ApprovedByLeader);
        Assert.Equal(5, await db.Outbox.CountAsync(m => m.Key.StartsWith("cr:1:v2:card:")));
        Assert.Equal(2, (await db.WriteBackJobs.SingleAsync()).WantedVersion);
    }

    [Fact]
    public async Task A_validation_racing_a_rejection_leaves_one_of_them()
    {
        var submitted = await SubmitAsync();
        await service.DecideAsync(submitted.Id, 1, ChangeRequestVerbs.Approve, new Actor(Andrea, "Andrea"), null, CancellationToken.None);

        var outcomes = await Task.WhenAll(
            Task.Run(() => service.DecideAsync(submitted.Id, 2, ChangeRequestVerbs.Validate, new Actor(Lina, "Lina"), null, CancellationToken.None,
                new PublicationChoices("Borradores/final.docx"))),
            Task.Run(() => service.DecideAsync(submitted.Id, 2, ChangeRequestVerbs.Reject, new Actor(Elfa, "Elfa"), "Falta el anexo", CancellationToken.None)));

        Assert.Single(outcomes, o => o.Succeeded);
        await using var db = demo.Store.CreateDbContext();
        var request = await db.ChangeRequests.Include(r => r.Events).SingleAsync();
        Assert.Equal(3, request.Events.Count);
        Assert.Contains(request.Status, new[] { ChangeRequestStatus.Published, ChangeRequestStatus.Returned });
        // The publication job exists exactly when the validation won: written in its transaction.
        Assert.Equal(request.Status == ChangeRequestStatus.Published, await db.PublicationJobs.AnyAsync());
    }

    [Fact]
    public async Task Clicks_at_once_on_one_form_register_one_request()
    {
        var input = new ChangeRequestInput("Modificar", "GLEGN02-P001", null, null, "Se actualiza el paso 4", "Nueva norma", null) { FormId = Guid.NewGuid() };

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Task.Run(() => service.SubmitAsync(new Actor(Ana, "Ana Pérez"), input, CancellationToken.None))));

        var registered = Assert.Single(outcomes, o => o.Succeeded).Request!.Id; // on PostgreSQL the losers' inserts used up ids
        Assert.All(outcomes, o => Assert.Equal(registered, o.Request!.Id));
        await using var db = demo.Store.CreateDbContext();
        Assert.Equal(1, await db.ChangeRequests.CountAsync());
        Assert.Equal(1, await db.Outbox.CountAsync(m => m.Key == $"cr:{registered}:v1:card:" + Andrea));
    }

    private async Task<ChangeRequest> SubmitAsync()
    {
        var outcome = await service.SubmitAsync(new Actor(Ana, "Ana Pérez"),
            new ChangeRequestInput("Modificar", "GLEGN02-P001", null, null, "Se actualiza el paso 4", "Nueva norma", null), CancellationToken.None);
        Assert.True(outcome.Succeeded);
        return outcome.Request!;
    }
}

public sealed class SqliteChangeRequestConcurrencyTests() : ChangeRequestConcurrencyTests(StoreProvider.Sqlite);

public sealed class PostgresChangeRequestConcurrencyTests() : ChangeRequestConcurrencyTests(StoreProvider.PostgreSql);
