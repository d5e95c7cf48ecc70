namespace MipgTeams.Portal.Tests.Support;

/// <summary>A class of read-only HTTP tests over one portal they share (<see cref="PortalFixture"/>).</summary>
public abstract class PortalTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    protected PortalHost Host => portal.Host;
}
