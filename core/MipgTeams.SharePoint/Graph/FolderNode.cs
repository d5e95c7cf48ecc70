using System.Text.Json.Serialization;

namespace MipgTeams.SharePoint.Graph;

/// <summary>A folder of a library as the checkpoint remembers it.</summary>
internal sealed record FolderNode([property: JsonPropertyName("n")] string Name, [property: JsonPropertyName("p")] string? ParentId);
