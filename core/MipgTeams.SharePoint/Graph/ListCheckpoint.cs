using System.Text.Json.Serialization;

namespace MipgTeams.SharePoint.Graph;

/// <summary>What an admin list's sync keeps between runs: which list, and the deltaLink to resume from.</summary>
internal sealed record ListCheckpoint(
    [property: JsonPropertyName("list")] string ListId,
    [property: JsonPropertyName("link")] string DeltaLink);
