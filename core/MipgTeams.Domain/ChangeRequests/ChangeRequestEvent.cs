namespace MipgTeams.Domain.ChangeRequests;

/// <summary>
/// One entry of a request's audit trail: who (by Entra object id, with the name they had), when, what, and the comment.
/// Append-only: created by <see cref="ChangeRequest"/> at each transition and never changed.
/// </summary>
public sealed class ChangeRequestEvent
{
    private ChangeRequestEvent()
    {
    }

    internal ChangeRequestEvent(ChangeRequestEventType type, ChangeRequestStatus from, ChangeRequestStatus to, Actor actor, DateTimeOffset at, string? comment, int version)
    {
        Type = type;
        FromStatus = from;
        ToStatus = to;
        ActorObjectId = actor.ObjectId;
        ActorName = actor.Name;
        At = at;
        Comment = comment;
        Version = version;
    }

    public long Id { get; private set; }
    public long ChangeRequestId { get; private set; }
    public ChangeRequestEventType Type { get; private set; }
    public ChangeRequestStatus FromStatus { get; private set; }
    public ChangeRequestStatus ToStatus { get; private set; }
    public string ActorObjectId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string? Comment { get; private set; }
    /// <summary>The request's version after this event.</summary>
    public int Version { get; private set; }
}
