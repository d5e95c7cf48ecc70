using System.ComponentModel.DataAnnotations;

namespace MipgTeams.Bot.ChangeRequests;

/// <summary>Section "ChangeRequests".</summary>
public sealed class ChangeRequestOptions
{
    public const string Section = "ChangeRequests";

    /// <summary>Where people's browsers reach this bot, for the committee report download links.</summary>
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:3978/";

    /// <summary>
    /// Key that signs report links (at least 32 characters). Empty: a random key per process, fine for one instance;
    /// set it (from Key Vault) when several instances serve the bot, so a link made by one works on all.
    /// </summary>
    public string? ReportSigningKey { get; set; }

    /// <summary>
    /// Where people reach the portal, whose /indicadores pages show the quarter's indicators: the committee report card
    /// links there. Empty: no link.
    /// </summary>
    [Url]
    public string? IndicatorsBaseUrl { get; set; }

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ReportLinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Approval cards carry refresh.userIds with the approver so others see them read-only. The Agents Playground
    /// renders such cards as "unsupported: User specific view"; set false there.
    /// </summary>
    public bool RefreshCards { get; set; } = true;
}
