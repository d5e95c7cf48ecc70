using MipgTeams.Portal.Tests.Support;

namespace MipgTeams.Portal.Tests.Indicators;

/// <summary>One in-memory portal with the development sign-in over the synced demo, shared by a class's tests.</summary>
public sealed class IndicatorPortalFixture : IAsyncLifetime
{
    public PortalHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await IndicatorPortal.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
