namespace MipgTeams.Portal.Tests.Support;

/// <summary>One in-memory portal over the synced demo, shared by the read-only HTTP tests of a class.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public PortalHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await PortalHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
