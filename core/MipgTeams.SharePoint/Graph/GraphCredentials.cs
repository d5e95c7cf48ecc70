using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// One way to sign in to Graph for every caller (the sync source, the change-request write-back): the Azure.Identity
/// credential a <see cref="GraphCredentialOptions"/> names, and the checks that name the setting to fix.
/// </summary>
public static class GraphCredentials
{
    private static readonly string[] Kinds = ["ClientSecret", "Certificate", "ManagedIdentity", "None"];

    /// <summary>The credential, or null for Kind=None (a local mock server: no token).</summary>
    public static TokenCredential? Create(GraphCredentialOptions c) => c.Kind switch
    {
        "ClientSecret" => new ClientSecretCredential(c.TenantId, c.ClientId, c.ClientSecret),
        "Certificate" => string.IsNullOrEmpty(c.CertificatePassword)
            ? new ClientCertificateCredential(c.TenantId, c.ClientId, c.CertificatePath!)
            : new ClientCertificateCredential(c.TenantId, c.ClientId, X509CertificateLoader.LoadPkcs12FromFile(c.CertificatePath!, c.CertificatePassword)),
        "ManagedIdentity" => string.IsNullOrWhiteSpace(c.ClientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(c.ClientId)),
        _ => null,
    };

    /// <param name="c">The credential options to check.</param>
    /// <param name="section">The settings path of these options, such as "Graph:Credential", used in the messages.</param>
    /// <param name="member">The member name the validation results point at.</param>
    public static IEnumerable<ValidationResult> Validate(GraphCredentialOptions c, string section, string member)
    {
        if (!Kinds.Contains(c.Kind))
        {
            yield return new ValidationResult($"{section}:Kind must be ClientSecret, Certificate, ManagedIdentity or None.", [member]);
            yield break;
        }
        if (c.Kind is "ClientSecret" or "Certificate")
        {
            if (string.IsNullOrWhiteSpace(c.TenantId))
            {
                yield return new ValidationResult($"{section}:TenantId is required with Kind={c.Kind}.", [member]);
            }
            if (string.IsNullOrWhiteSpace(c.ClientId))
            {
                yield return new ValidationResult($"{section}:ClientId is required with Kind={c.Kind}.", [member]);
            }
        }
        if (c.Kind == "ClientSecret" && string.IsNullOrWhiteSpace(c.ClientSecret))
        {
            var variable = "MIPG_" + section.Replace(":", "__", StringComparison.Ordinal) + "__ClientSecret";
            yield return new ValidationResult($"{section}:ClientSecret is required with Kind=ClientSecret (set {variable} or Key Vault).", [member]);
        }
        if (c.Kind == "Certificate" && (string.IsNullOrWhiteSpace(c.CertificatePath) || !File.Exists(c.CertificatePath)))
        {
            yield return new ValidationResult($"{section}:CertificatePath must name an existing certificate file with Kind=Certificate.", [member]);
        }
    }
}
