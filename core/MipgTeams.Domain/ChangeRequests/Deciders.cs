using MipgTeams.Domain.People;

namespace MipgTeams.Domain.ChangeRequests;

/// <summary>
/// Who may decide a request right now: the current leader of the document's process (resolved from the processes list
/// at the time of the decision, so a new leader takes over waiting requests) and the active quality team.
/// </summary>
public sealed record Deciders(Person? Leader, IReadOnlyList<Person> QualityTeam)
{
    public bool IsLeader(Actor actor) => Leader?.HasObjectId(actor.ObjectId) == true;

    public bool IsQualityMember(Actor actor) => QualityTeam.Any(p => p.HasObjectId(actor.ObjectId));

    /// <summary>True when <paramref name="actor"/> decides requests in <paramref name="status"/>.</summary>
    public bool CanDecide(ChangeRequestStatus status, Actor actor) => status switch
    {
        ChangeRequestStatus.PendingLeader => IsLeader(actor),
        ChangeRequestStatus.PendingQuality => IsQualityMember(actor),
        _ => false,
    };
}
