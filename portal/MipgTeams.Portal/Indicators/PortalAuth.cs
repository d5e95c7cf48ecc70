namespace MipgTeams.Portal.Indicators;

/// <summary>The sign-in mode the host started with, for the pages.</summary>
public sealed record PortalAuth(PortalAuthMode Mode);
