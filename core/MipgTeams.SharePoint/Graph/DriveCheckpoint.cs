using System.Text.Json;
using System.Text.Json.Serialization;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// What a library's sync keeps between runs: the deltaLink to resume from and the folder tree (id → name, parent).
/// Delta never sends a path and a renamed folder does not list its files again, so paths are built from this tree.
/// </summary>
internal sealed record DriveCheckpoint(
    [property: JsonPropertyName("drive")] string DriveId,
    [property: JsonPropertyName("link")] string DeltaLink,
    [property: JsonPropertyName("root")] string? RootId,
    [property: JsonPropertyName("folders")] Dictionary<string, FolderNode> Folders)
{
    public string Serialize() => JsonSerializer.Serialize(this);

    /// <summary>The stored checkpoint, or null when there is none, it is unreadable, or it belongs to another drive.</summary>
    public static DriveCheckpoint? Parse(string? text, string driveId)
    {
        if (string.IsNullOrEmpty(text) || !text.StartsWith('{'))
        {
            return null;
        }
        try
        {
            var checkpoint = JsonSerializer.Deserialize<DriveCheckpoint>(text);
            return checkpoint?.DriveId == driveId && !string.IsNullOrEmpty(checkpoint.DeltaLink) ? checkpoint : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
