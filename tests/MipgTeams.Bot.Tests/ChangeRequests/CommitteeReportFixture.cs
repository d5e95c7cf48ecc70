using static MipgTeams.Bot.Tests.ChangeRequests.ChangeRequestScenario;

namespace MipgTeams.Bot.Tests.ChangeRequests;

/// <summary>
/// One bot for all the committee report tests, with one published request (4.0 → 4.1, read by one person) and one pending: the tests only read reports
/// and links, so they share it instead of each clicking the same requests through again.
/// </summary>
public sealed class CommitteeReportFixture : IAsyncLifetime
{
    public BotHost Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Bot = await BotHost.StartAsync();
        var scenario = new ChangeRequestScenario(Bot);
        await scenario.SeedChatsAsync();
        await scenario.ClickAsync(await scenario.SubmitForTheLeadersCardAsync(), "cr.approve", Andrea);
        await scenario.ClickAsync(await scenario.CardForAsync(Lina), "cr.validate", Lina);
        await scenario.PublishAsync();
        // Andrea reads the new version («Leído» on the «Nueva versión publicada» card): one acknowledgment.
        var published = (await scenario.OutboxAsync()).First(m => m.Key == $"pub:1:to:{Andrea}");
        await scenario.ClickAsync(ChangeRequestScenario.Card(published), "cr.read", Andrea);
        await scenario.SubmitAsync(code: "GFINP01-P001", description: "=HYPERLINK(\"http://malo\")", reason: "Cambio, con \"comillas\"");
    }

    public async Task DisposeAsync() => await Bot.DisposeAsync();
}
