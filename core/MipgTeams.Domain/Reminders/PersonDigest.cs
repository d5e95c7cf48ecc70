namespace MipgTeams.Domain.Reminders;

/// <summary>
/// Everything one person is reminded of on one business day. Lists are oldest first. The quality list and the
/// escalations are shared by every member (or coordinator) who receives them, so a large plan costs one copy, not one
/// per person.
/// </summary>
public sealed class PersonDigest(string objectId, string name)
{
    public string ObjectId { get; } = objectId;
    public string Name { get; } = name;
    /// <summary>Requests waiting on this person as leader of their process.</summary>
    public List<PlannedDecision> AsLeader { get; } = [];
    /// <summary>Requests waiting on the quality team (any member may decide them).</summary>
    public IReadOnlyList<PlannedDecision> AsQuality { get; internal set; } = [];
    /// <summary>For the quality coordinator: every request past its step's deadline.</summary>
    public IReadOnlyList<PlannedDecision> Escalations { get; internal set; } = [];
    /// <summary>Documents of this person's processes whose periodic review is due.</summary>
    public List<(ReviewCandidate Document, DateOnly DueOn)> Reviews { get; } = [];
    /// <summary>This person's own requests that went overdue (the requester is told once; the key says which were told).</summary>
    public List<PlannedDecision> OwnOverdue { get; } = [];

    /// <summary>True when there is something to decide or review (own overdue requests alone go as separate notices).</summary>
    public bool HasDigest => AsLeader.Count > 0 || AsQuality.Count > 0 || Escalations.Count > 0 || Reviews.Count > 0;

    public static string DigestKey(string objectId, DateOnly date) => $"digest:{objectId.ToLowerInvariant()}:{date:yyyy-MM-dd}";
}
