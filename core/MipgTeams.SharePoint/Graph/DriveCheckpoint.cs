using System.Text.Json;
using System.Text.Json.Serialization;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// What a library's sync keeps between pages and runs: the deltaLink of the last finished round, the folder tree
/// (id → name, parent; delta never sends a path and a renamed folder does not list its files again, so paths are built
/// from this tree), and while a round is under way the nextLink to resume from, the full enumeration it belongs to, and
/// the files seen before their folder (their path is not known yet).
/// </summary>
internal sealed record DriveCheckpoint(
    [property: JsonPropertyName("drive")] string DriveId,
    [property: JsonPropertyName("link")] string DeltaLink,
    [property: JsonPropertyName("root")] string? RootId,
    [property: JsonPropertyName("folders")] Dictionary<string, FolderNode> Folders,
    [property: JsonPropertyName("next")] string? NextLink = null,
    [property: JsonPropertyName("enumeration")] string? Enumeration = null,
    [property: JsonPropertyName("pending")] List<PendingFile>? Pending = null)
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
            return checkpoint?.DriveId == driveId && (!string.IsNullOrEmpty(checkpoint.DeltaLink) || !string.IsNullOrEmpty(checkpoint.NextLink))
                ? checkpoint
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
