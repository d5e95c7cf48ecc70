namespace MipgTeams.Bot.Tests.Support;

/// <summary>
/// Tests against the real bot. xunit makes one instance per test, so each test gets its own bot over its own copy of the
/// synced demo (copied from one sync per test run): requests, outbox and conversations never leak between tests.
/// </summary>
public abstract class BotHostTests : IAsyncLifetime
{
    protected BotHost Bot { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Bot = await BotHost.StartAsync();

    public async Task DisposeAsync() => await Bot.DisposeAsync();
}
