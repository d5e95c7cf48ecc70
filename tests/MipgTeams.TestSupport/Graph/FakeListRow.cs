namespace MipgTeams.TestSupport.Graph;

/// <summary>A row of a fake admin list.</summary>
public sealed class FakeListRow
{
    public required string Id { get; init; }
    public Dictionary<string, object?> Fields { get; set; } = [];
    public bool Deleted { get; set; }
    public long Seq { get; set; }
}
