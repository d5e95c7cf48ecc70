using System.Text.Json.Nodes;

namespace MipgTeams.Bot.Protocol;

/// <summary>POST /v3/conversations: a 1:1 chat between the bot and one member, in a tenant.</summary>
public sealed class CreateConversationRequest
{
    public required ChannelAccount Bot { get; init; }
    public required List<ChannelAccount> Members { get; init; }
    public bool IsGroup { get; init; }
    public string? TenantId { get; init; }
    public JsonObject? ChannelData { get; init; }
}
