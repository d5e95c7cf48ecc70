namespace MipgTeams.Bot.Tests.ChangeRequests;

/// <summary>Tests of change requests: a bot of their own, with the scenario's people already in 1:1 chats with it.</summary>
public abstract class ChangeRequestTests : BotHostTests
{
    private protected ChangeRequestScenario Scenario { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Scenario = new ChangeRequestScenario(Bot);
        await Scenario.SeedChatsAsync();
    }
}
