namespace MipgTeams.Portal.Indicators;

/// <summary>How people sign in to see the indicators (<c>Portal:Auth:Mode</c>); the public pages never ask.</summary>
public enum PortalAuthMode
{
    /// <summary>No sign-in configured: the indicators are shown to nobody.</summary>
    None,

    /// <summary>Microsoft Entra ID (OpenID Connect, Microsoft.Identity.Web), with the <c>AzureAd</c> section.</summary>
    EntraId,

    /// <summary>Pick one of the demo's people on a page (cookie); only in the Development environment.</summary>
    Development,
}
