namespace MipgTeams.SharePoint.Graph;

/// <summary>How the worker signs in to Graph (section "Graph:Credential"), through Azure.Identity.</summary>
public sealed class GraphCredentialOptions
{
    /// <summary>ClientSecret, Certificate, ManagedIdentity, or None (a local mock server, no token).</summary>
    public string Kind { get; set; } = "ManagedIdentity";

    /// <summary>The Entra tenant id (ClientSecret and Certificate).</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's client id; with ManagedIdentity, a user-assigned identity's client id (empty: system-assigned).</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret: set it from the environment (MIPG_Graph__Credential__ClientSecret) or Key Vault, never in a file.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A PFX or PEM file holding the certificate and its private key (Certificate).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX password, if any; from the environment or Key Vault.</summary>
    public string? CertificatePassword { get; set; }
}
