namespace MipgTeams.TestSupport.Graph;

/// <summary>A file or folder of the fake library, with its listItem columns; Seq is the change that last touched it.</summary>
public sealed class FakeDriveItem
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public string? ParentId { get; set; }
    public bool IsFolder { get; init; }
    public bool IsRoot { get; init; }
    public bool Deleted { get; set; }
    public byte[] Content { get; set; } = [];
    public int ContentVersion { get; set; } = 1;
    public int Version { get; set; } = 1;
    public long Seq { get; set; }
    public required string ListItemId { get; init; }
    public Dictionary<string, object?> Fields { get; set; } = [];
    public DateTimeOffset Modified { get; set; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
