namespace MipgTeams.Bot.Protocol;

/// <summary>A user or bot in a channel ("29:..." for Teams users, "28:{appId}" for bots).</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    /// <summary>The user's Entra object id: the identity the bot authorizes by.</summary>
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }
}
