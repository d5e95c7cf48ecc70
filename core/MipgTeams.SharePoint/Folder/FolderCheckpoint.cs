using System.Text.Json;
using System.Text.Json.Serialization;

namespace MipgTeams.SharePoint.Folder;

/// <summary>
/// Where a folder library's read stands: the enumeration it belongs to and the last path committed (null once the
/// enumeration ended: the next run starts a new one, since every folder-source run lists everything).
/// </summary>
internal sealed record FolderCheckpoint(
    [property: JsonPropertyName("enumeration")] string Enumeration,
    [property: JsonPropertyName("after")] string? After)
{
    public string Serialize() => JsonSerializer.Serialize(this);

    /// <summary>The enumeration to resume, or null to start a new one (none stored, finished, or unreadable).</summary>
    public static FolderCheckpoint? Resumable(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.StartsWith('{'))
        {
            return null;
        }
        try
        {
            var checkpoint = JsonSerializer.Deserialize<FolderCheckpoint>(text);
            return checkpoint is { After: not null, Enumeration.Length: > 0 } ? checkpoint : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
