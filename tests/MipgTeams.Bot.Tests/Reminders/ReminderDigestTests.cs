using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Reminders;
using MipgTeams.Store.Reminders;
using static MipgTeams.Bot.Tests.ChangeRequests.ChangeRequestScenario;

namespace MipgTeams.Bot.Tests.Reminders;

public sealed class ReminderDigestTests : IAsyncLifetime
{
    private ReminderScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await ReminderScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    private static string Text(JsonObject card) =>
        Replies.Visible(new JsonObject { ["attachments"] = new JsonArray(new JsonObject { ["content"] = card.DeepClone() }) });

    private static List<string> Verbs(JsonObject card) => Replies.Actions(card).Select(a => a["verb"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task The_leader_gets_one_digest_with_the_request_its_age_in_business_days_and_working_buttons()
    {
        await scenario.Requests.SubmitAsync();
        scenario.AdvanceBusinessDays(2); // Wednesday → Friday 27 November

        var result = await scenario.Runner.RunAsync(scenario.Today, default);

        var digest = await scenario.DigestAsync(Andrea);
        var text = Text(digest);
        Assert.Contains("Solicitud #1 · GLEGN02-P001 · GLEGN02", text, StringComparison.Ordinal);
        Assert.Contains("2 días hábiles esperando (plazo 5)", text, StringComparison.Ordinal);
        Assert.Equal(["cr.approve", "cr.reject", "cr.view"], Verbs(digest));
        Assert.Equal("1.5", digest["version"]!.GetValue<string>());
        Assert.True(result.Digests >= 1);

        var approved = await scenario.Bot.ClickAsync(Replies.Actions(digest)[0], aadObjectId: Andrea, userId: "29:andrea");

        Assert.Contains("Aprobaste la solicitud", Visible(approved), StringComparison.Ordinal);
        Assert.Equal(ChangeRequestStatus.PendingQuality, (await scenario.Requests.RequestAsync()).Status);
    }

    [Fact]
    public async Task Rejecting_from_the_digest_asks_for_the_reason_on_the_request_itself()
    {
        await scenario.Requests.SubmitAsync();
        scenario.AdvanceBusinessDays(1);
        await scenario.Runner.RunAsync(scenario.Today, default);
        var reject = Replies.Actions(await scenario.DigestAsync(Andrea)).Single(a => a["verb"]!.GetValue<string>() == "cr.reject");

        var response = await scenario.Bot.ClickAsync(reject, aadObjectId: Andrea, userId: "29:andrea");

        Assert.Contains("comentario", Visible(response), StringComparison.Ordinal);
        Assert.Equal(ChangeRequestStatus.PendingLeader, (await scenario.Requests.RequestAsync()).Status);
    }

    [Fact]
    public async Task Quality_members_get_requests_waiting_on_validation_with_the_validate_verb()
    {
        await scenario.Requests.SubmitAsync();
        await scenario.Requests.SendOutboxAsync();
        await scenario.Requests.ClickAsync(await scenario.Requests.CardForAsync(Andrea), "cr.approve", Andrea);
        scenario.AdvanceBusinessDays(1);

        await scenario.Runner.RunAsync(scenario.Today, default);

        var elfa = await scenario.DigestAsync(Elfa);
        Assert.Contains("Esperan validación del equipo de calidad (1)", Text(elfa), StringComparison.Ordinal);
        Assert.Equal(["cr.validate", "cr.reject", "cr.view"], Verbs(elfa));
        Assert.Equal(["Validar y publicar", "Rechazar", "Ver"], Replies.Actions(elfa).Select(a => a["title"]!.GetValue<string>()));
        Assert.Empty(await scenario.OutboxAsync(PersonDigest.DigestKey(Andrea, scenario.Today)).ContinueWith(t => t.Result.Where(m => m.ActivityJson.Contains("Solicitud #1", StringComparison.Ordinal)).ToList()));
    }

    [Fact]
    public async Task An_overdue_request_is_escalated_to_the_coordinator_and_the_requester_is_told_once()
    {
        await scenario.Requests.SubmitAsync(); // Wednesday 25 November; the leader has 5 business days
        scenario.AdvanceBusinessDays(5);
        await scenario.Runner.RunAsync(scenario.Today, default);
        Assert.Empty(await scenario.OutboxAsync("overdue:"));

        scenario.AdvanceBusinessDays(1); // 6 business days: overdue
        await scenario.Runner.RunAsync(scenario.Today, default);
        scenario.AdvanceBusinessDays(1);
        await scenario.Runner.RunAsync(scenario.Today, default);

        var lina = Text(await scenario.DigestAsync(Lina));
        Assert.Contains("Vencidas: 1 solicitud superaron su plazo", lina, StringComparison.Ordinal);
        Assert.Contains("7 días hábiles esperando (plazo 5)", lina, StringComparison.Ordinal);
        var notice = Assert.Single(await scenario.OutboxAsync("overdue:"));
        Assert.Equal(Ana, notice.RecipientAadObjectId);
        Assert.Contains("lleva 6 días hábiles", notice.ActivityJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_the_day_again_after_a_restart_sends_nothing_twice()
    {
        await scenario.Requests.SubmitAsync();
        scenario.AdvanceBusinessDays(1);
        var first = await scenario.Runner.RunAsync(scenario.Today, default);

        var (_, restarted) = scenario.Instance("restarted-instance");
        var second = await restarted.RunAsync(scenario.Today, default);

        Assert.True(first.Digests > 0);
        Assert.Equal(0, second.Digests + second.Notices);
        Assert.Single(await scenario.OutboxAsync(PersonDigest.DigestKey(Andrea, scenario.Today)));
    }

    [Fact]
    public async Task A_crash_between_claim_and_send_is_replanned_once_the_lease_ends_and_never_sent_twice()
    {
        await scenario.Requests.SubmitAsync();
        scenario.AdvanceBusinessDays(1);
        var (crashed, crashedRunner) = scenario.Instance("crashed");
        var (survivor, survivorRunner) = scenario.Instance("survivor");
        await crashed.EnsureAsync(scenario.Today, [Andrea], default);
        var taken = await crashed.ClaimAsync(scenario.Today, 100, default); // ...and the instance dies here

        var meanwhile = await survivorRunner.RunAsync(scenario.Today, default);
        Assert.Equal(0, meanwhile.Digests); // the dead instance still holds the day
        Assert.Empty(await scenario.OutboxAsync(PersonDigest.DigestKey(Andrea, scenario.Today)));

        scenario.Time.Advance(TimeSpan.FromMinutes(6)); // past the 5-minute lease
        var after = await survivorRunner.RunAsync(scenario.Today, default);
        var lateCompletion = await crashed.CompleteAsync(Assert.Single(taken, c => c.PersonObjectId == Andrea), _ => Task.CompletedTask, default);

        Assert.True(after.Digests >= 1);
        Assert.False(lateCompletion);
        Assert.Single(await scenario.OutboxAsync(PersonDigest.DigestKey(Andrea, scenario.Today)));
        await using var db = scenario.Bot.Demo.Store.CreateDbContext();
        var claim = await db.ReminderClaims.SingleAsync(c => c.PersonObjectId == Andrea && c.Date == scenario.Today);
        Assert.Equal(ReminderClaimStatus.Sent, claim.Status);
        Assert.Equal("survivor", claim.ClaimedBy);
        _ = crashedRunner;
    }

    [Fact]
    public async Task Documents_due_for_review_go_to_their_process_leader()
    {
        await using (var db = scenario.Bot.Demo.Store.CreateDbContext())
        {
            var document = await db.Documents.Where(d => d.ProcessCode == "GLEGN02" && !d.IsRemoved).OrderBy(d => d.Code).FirstAsync();
            document.ApprovedOn = new DateOnly(2024, 11, 20);
            document.Status = MipgTeams.Domain.Documents.DocumentStatus.Current;
            await db.SaveChangesAsync();
        }

        await scenario.Runner.RunAsync(scenario.Today, default);

        var text = Text(await scenario.DigestAsync(Andrea));
        Assert.Contains("Documentos de tus procesos por revisar", text, StringComparison.Ordinal);
        Assert.Contains("aprobado el 20/11/2024, revisión desde el 20/11/2026", text, StringComparison.Ordinal);
    }
}
