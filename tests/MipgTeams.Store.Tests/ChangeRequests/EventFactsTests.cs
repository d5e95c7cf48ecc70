using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.People;
using MipgTeams.Domain.Time;
using MipgTeams.Store.ChangeRequests;
using MipgTeams.TestSupport;

namespace MipgTeams.Store.Tests.ChangeRequests;

/// <summary>
/// The indicators read each event's facts instead of joining the history: they must agree with the events themselves
/// after every kind of transition, each saved on its own as the bot does, and after the start-up backfill.
/// </summary>
public abstract class EventFactsTests(StoreProvider provider) : StoreTests(provider)
{
    private static readonly Person Leader = new("Leonardo Díaz", "leo@cartagena.gov.co", "00000000-0000-0000-0000-00000000001a");
    private static readonly Person Requester = new("Rosa Martínez", "rosa@cartagena.gov.co", "00000000-0000-0000-0000-00000000003c");
    private static readonly Person Quality = new("Carmen Ruiz", "carmen@cartagena.gov.co", "00000000-0000-0000-0000-00000000004d");
    private static readonly Deciders Deciders = new(Leader, [Quality]);

    private static DateTimeOffset At(int month, int day) => BogotaTime.At(new DateOnly(2026, month, day), new TimeOnly(10, 0)).ToUniversalTime();

    private static Actor ActorOf(Person p) => new(p.EntraObjectId!, p.DisplayName);

    /// <summary>
    /// Submitted Friday 20 March; returned Tuesday 24 (Monday 23 is San José: 1 business day); resubmitted under another
    /// process Wednesday 25; approved Friday 27 (2); validated Thursday 2 April (Holy Thursday and Good Friday are holidays
    /// in 2026, so Monday 30, Tuesday 31 and Wednesday 1: 3). Total from the submission: 1 + 1 + 2 + 3 = 7.
    /// </summary>
    private async Task<long> WalkAsync()
    {
        long id;
        await using (var db = Store.CreateDbContext())
        {
            var request = ChangeRequest.Submit(new ChangeDetails(ChangeKind.Modify, "GLEGN02-P001", "GLEGN02", null, "Cambio", "Motivo", null), Requester, At(3, 20));
            db.ChangeRequests.Add(request);
            await db.SaveChangesAsync();
            id = request.Id;
        }
        await StepAsync(id, r => r.Reject(ActorOf(Leader), Deciders, "Ajustar", r.Version, At(3, 24)));
        await StepAsync(id, r => r.Resubmit(ActorOf(Requester), r.Details with { ProcessCode = "DEPLA01", Kind = ChangeKind.NewVersion }, r.Version, At(3, 25)));
        await StepAsync(id, r => r.ApproveAsLeader(ActorOf(Leader), Deciders, r.Version, At(3, 27)));
        await StepAsync(id, r => r.ValidateAsQuality(ActorOf(Quality), Deciders, r.Version, At(4, 2)));
        return id;
    }

    private async Task StepAsync(long id, Action<ChangeRequest> transition)
    {
        await using var db = Store.CreateDbContext();
        var request = await db.ChangeRequests.SingleAsync(r => r.Id == id);
        transition(request);
        await db.SaveChangesAsync();
    }

    private async Task<List<(int Version, ChangeRequestEventType Type, int? Step, int? Total, ChangeKind? Kind, string? Process)>> FactsAsync(long id)
    {
        await using var db = Store.CreateDbContext();
        return (await db.ChangeRequestEvents.AsNoTracking().Where(e => e.ChangeRequestId == id).OrderBy(e => e.Version)
                .Select(e => new
                {
                    e.Version, e.Type,
                    Step = EF.Property<int?>(e, EventFacts.StepBusinessDays), Total = EF.Property<int?>(e, EventFacts.TotalBusinessDays),
                    Kind = EF.Property<ChangeKind?>(e, EventFacts.Kind), Process = EF.Property<string?>(e, EventFacts.ProcessCode),
                })
                .ToListAsync())
            .Select(e => (e.Version, e.Type, e.Step, e.Total, e.Kind, e.Process)).ToList();
    }

    private static void AssertWalked(List<(int Version, ChangeRequestEventType Type, int? Step, int? Total, ChangeKind? Kind, string? Process)> facts)
    {
        Assert.Equal(
        [
            (1, ChangeRequestEventType.Submitted, (int?)null, (int?)0),
            (2, ChangeRequestEventType.Rejected, 1, 1),
            (3, ChangeRequestEventType.Resubmitted, 1, 2),
            (4, ChangeRequestEventType.ApprovedByLeader, 2, 4),
            (5, ChangeRequestEventType.ValidatedByQuality, 3, 7),
        ], facts.Select(f => (f.Version, f.Type, f.Step, f.Total)));
        // The resubmission moved the request to another process and kind: its earlier events follow it.
        Assert.All(facts, f => Assert.Equal((ChangeKind?)ChangeKind.NewVersion, f.Kind));
        Assert.All(facts, f => Assert.Equal("DEPLA01", f.Process));
    }

    [Fact]
    public async Task Every_event_carries_the_business_days_of_its_step_and_since_submission_and_its_request_s_process()
    {
        var id = await WalkAsync();

        AssertWalked(await FactsAsync(id));
    }

    [Fact]
    public async Task Events_stored_before_the_facts_existed_get_them_at_start_up()
    {
        var id = await WalkAsync();
        await using (var db = Store.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE \"ChangeRequestEvents\" SET \"StepBusinessDays\" = NULL, \"TotalBusinessDays\" = NULL");
        }

        await using var services = new ServiceCollection().AddStore(Store.Options).BuildServiceProvider();
        await services.MigrateStoreAsync();

        AssertWalked(await FactsAsync(id));
    }
}

public sealed class SqliteEventFactsTests() : EventFactsTests(StoreProvider.Sqlite);

public sealed class PostgresEventFactsTests() : EventFactsTests(StoreProvider.PostgreSql);
