using System.ComponentModel.DataAnnotations;

namespace MipgTeams.Bot.Protocol;

/// <summary>Section "Bot": the bot's identity and what it accepts. An empty app id turns authentication off (local Playground).</summary>
public sealed class BotOptions : IValidatableObject
{
    public const string Section = "Bot";

    /// <summary>The Entra app (client) id of the Azure Bot. Empty: no token is required or sent.</summary>
    public string MicrosoftAppId { get; set; } = "";

    /// <summary>The client secret; from Key Vault or the environment, never from a file in the repo.</summary>
    public string MicrosoftAppPassword { get; set; } = "";

    /// <summary>The bot's home tenant (single-tenant bots).</summary>
    public string MicrosoftAppTenantId { get; set; } = "";

    public BotAppType AppType { get; set; } = BotAppType.SingleTenant;

    /// <summary>
    /// Tenants whose activities are served. Empty: the bot's own tenant for a single-tenant bot with authentication on,
    /// any tenant otherwise (multi-tenant, or the local Playground).
    /// </summary>
    public List<string> AllowedTenants { get; set; } = [];

    [Required]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    [Required]
    public string TokenIssuer { get; set; } = "https://api.botframework.com";

    [Required]
    public string LoginEndpoint { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Requests larger than this are refused with 413: an activity is a few kilobytes.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>An answer slower than this shows a typing indicator first.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:10")]
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>An answer that takes longer still gets the typing indicator again this often.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How long a turn may spend in connector calls, all its replies together: one try each, no in-line retry. What is
    /// not sent within it goes to the <see cref="IUndeliveredReplySink"/>, so the HTTP answer leaves well within Teams'
    /// limit (15 s; we aim for under 5 s) whatever the connector does.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:04")]
    public TimeSpan InlineSendBudget { get; set; } = TimeSpan.FromSeconds(2);

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsTenantServed(string? tenantId)
    {
        if (AllowedTenants.Count > 0)
        {
            return AllowedTenants.Contains(tenantId ?? "", StringComparer.OrdinalIgnoreCase);
        }
        return !IsAuthenticationEnabled || AppType != BotAppType.SingleTenant
            || string.Equals(tenantId, MicrosoftAppTenantId, StringComparison.OrdinalIgnoreCase);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsAuthenticationEnabled)
        {
            yield break;
        }
        if (string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return new ValidationResult("Bot:MicrosoftAppPassword is required when Bot:MicrosoftAppId is set.", [nameof(MicrosoftAppPassword)]);
        }
        if (AppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return new ValidationResult("Bot:MicrosoftAppTenantId is required for a single-tenant bot.", [nameof(MicrosoftAppTenantId)]);
        }
    }
}
