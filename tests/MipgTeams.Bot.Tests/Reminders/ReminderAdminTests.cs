using MipgTeams.Domain.Reminders;
using static MipgTeams.Bot.Tests.ChangeRequests.ChangeRequestScenario;

namespace MipgTeams.Bot.Tests.Reminders;

public sealed class ReminderAdminTests : IAsyncLifetime
{
    private ReminderScenario scenario = null!;

    public async Task InitializeAsync()
    {
        scenario = await ReminderScenario.StartAsync();
        await scenario.Requests.SubmitAsync();
    }

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task Previewing_tomorrow_shows_who_gets_what_and_sends_nothing()
    {
        var reply = Assert.Single(await scenario.Bot.AskAsync("recordatorios de mañana", Lina));

        var text = Replies.Visible(reply);
        Assert.Contains("Vista previa: recordatorios del 26/11/2026 a las 08:00", text, StringComparison.Ordinal);
        Assert.Contains("Andrea Carolina Ríos Vega", text, StringComparison.Ordinal);
        Assert.Empty(await scenario.OutboxAsync("digest:"));
    }

    [Fact]
    public async Task Sending_now_queues_today_s_digests_once()
    {
        var first = Replies.Visible(Assert.Single(await scenario.Bot.AskAsync("¡Enviar recordatorios!", Lina)));
        var second = Replies.Visible(Assert.Single(await scenario.Bot.AskAsync("¿Enviar recordatorios ahora?", Lina)));

        Assert.Contains("Listo: puse en cola", first, StringComparison.Ordinal);
        Assert.Contains("No quedaba nada por enviar hoy", second, StringComparison.Ordinal);
        Assert.Single(await scenario.OutboxAsync(PersonDigest.DigestKey(Andrea, scenario.Today)));
    }

    [Fact]
    public async Task Only_the_quality_team_may_preview_or_send_reminders()
    {
        var reply = Replies.Visible(Assert.Single(await scenario.Bot.AskAsync("enviar recordatorios", Ana)));

        Assert.Contains("Solo el equipo de calidad", reply, StringComparison.Ordinal);
        Assert.Empty(await scenario.OutboxAsync("digest:"));
    }

    [Fact]
    public async Task The_weekly_summary_goes_to_the_quality_channel_on_monday_with_overdue_first()
    {
        await scenario.Requests.SendOutboxAsync();
        scenario.AdvanceBusinessDays(1);
        await scenario.Requests.ClickAsync(await scenario.Requests.CardForAsync(Andrea), "cr.approve", Andrea);
        scenario.AdvanceBusinessDays(2); // Monday 30 November

        var result = await scenario.Runner.RunAsync(scenario.Today, default);
        var again = await scenario.Runner.RunAsync(scenario.Today, default);

        Assert.True(result.WeeklySummary);
        Assert.False(again.WeeklySummary);
        var weekly = Assert.Single(await scenario.OutboxAsync("weekly:"));
        Assert.Equal("19:calidad-mipg@thread.tacv2", weekly.ConversationId);
        var text = Replies.Visible(ReminderJson(weekly.ActivityJson));
        Assert.Contains("Resumen semanal de solicitudes · 30/11/2026", text, StringComparison.Ordinal);
        Assert.Contains("No hay solicitudes vencidas", text, StringComparison.Ordinal);
        Assert.Contains("1 pendiente, 0 vencidas", text, StringComparison.Ordinal);
        Assert.Contains("1 decisión, promedio 1,0 días hábiles", text, StringComparison.Ordinal);
    }

    private static System.Text.Json.Nodes.JsonObject ReminderJson(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
}
