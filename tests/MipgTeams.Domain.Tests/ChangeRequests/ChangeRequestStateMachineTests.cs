using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.People;
using static MipgTeams.TestSupport.ChangeRequests.ChangeRequestBuilder;

namespace MipgTeams.Domain.Tests.ChangeRequests;

public sealed class ChangeRequestStateMachineTests
{
    public enum Move
    {
        Approve,
        Validate,
        Reject,
        Resubmit,
        Cancel,
    }

    private static readonly Dictionary<(ChangeRequestStatus, Move), ChangeRequestStatus> Legal = new()
    {
        [(ChangeRequestStatus.PendingLeader, Move.Approve)] = ChangeRequestStatus.PendingQuality,
        [(ChangeRequestStatus.PendingLeader, Move.Reject)] = ChangeRequestStatus.Returned,
        [(ChangeRequestStatus.PendingLeader, Move.Cancel)] = ChangeRequestStatus.Cancelled,
        [(ChangeRequestStatus.PendingQuality, Move.Validate)] = ChangeRequestStatus.Published,
        [(ChangeRequestStatus.PendingQuality, Move.Reject)] = ChangeRequestStatus.Returned,
        [(ChangeRequestStatus.PendingQuality, Move.Cancel)] = ChangeRequestStatus.Cancelled,
        [(ChangeRequestStatus.Returned, Move.Resubmit)] = ChangeRequestStatus.PendingLeader,
        [(ChangeRequestStatus.Returned, Move.Cancel)] = ChangeRequestStatus.Cancelled,
    };

    public static TheoryData<ChangeRequestStatus, Move> EveryMoveFromEveryState()
    {
        var data = new TheoryData<ChangeRequestStatus, Move>();
        foreach (var status in Enum.GetValues<ChangeRequestStatus>())
        {
            foreach (var move in Enum.GetValues<Move>())
            {
                data.Add(status, move);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMoveFromEveryState))]
    public void Every_move_from_every_state_is_either_a_legal_transition_or_refused(ChangeRequestStatus from, Move move)
    {
        var request = In(from);
        var version = request.Version;
        var events = request.Events.Count;

        var act = () => Apply(request, move);

        if (Legal.TryGetValue((from, move), out var to))
        {
            act();
            Assert.Equal(to, request.Status);
            Assert.Equal(version + 1, request.Version);
            Assert.Equal(events + 1, request.Events.Count);
            Assert.Equal(from, request.Events[^1].FromStatus);
            Assert.Equal(to, request.Events[^1].ToStatus);
        }
        else
        {
            Assert.Throws<InvalidTransitionException>(act);
            Assert.Equal(from, request.Status);
            Assert.Equal(version, request.Version);
            Assert.Equal(events, request.Events.Count);
        }
    }

    [Fact]
    public void Submitting_records_who_when_and_starts_at_the_leader()
    {
        var request = ChangeRequest.Submit(Details(), Requester, Start);

        Assert.Equal(ChangeRequestStatus.PendingLeader, request.Status);
        Assert.Equal(1, request.Version);
        var submitted = Assert.Single(request.Events);
        Assert.Equal(ChangeRequestEventType.Submitted, submitted.Type);
        Assert.Equal(Requester.EntraObjectId, submitted.ActorObjectId);
        Assert.Equal(Start, submitted.At);
    }

    [Fact]
    public void Approve_by_someone_other_than_the_leader_is_refused()
    {
        var request = In(ChangeRequestStatus.PendingLeader);

        Assert.Throws<NotAllowedException>(() => request.ApproveAsLeader(QualityActor, Current, request.Version, Start));
        Assert.Throws<NotAllowedException>(() => request.ApproveAsLeader(RequesterActor, Current, request.Version, Start));
        Assert.Equal(ChangeRequestStatus.PendingLeader, request.Status);
    }

    [Fact]
    public void The_leader_at_the_time_of_the_decision_approves_not_the_one_at_submission()
    {
        var request = In(ChangeRequestStatus.PendingLeader);
        var newLeader = new Person("Nuevo Líder", "nuevo@cartagena.gov.co", "5f0c1a10-0000-4000-8000-0000000000ff");
        var now = new Deciders(newLeader, [Quality]);

        Assert.Throws<NotAllowedException>(() => request.ApproveAsLeader(LeaderActor, now, request.Version, Start));
        request.ApproveAsLeader(new Actor(newLeader.EntraObjectId!, newLeader.DisplayName), now, request.Version, Start);

        Assert.Equal(ChangeRequestStatus.PendingQuality, request.Status);
    }

    [Fact]
    public void A_process_without_a_leader_cannot_be_approved_by_anyone()
    {
        var request = In(ChangeRequestStatus.PendingLeader);

        var refused = Assert.Throws<NotAllowedException>(() => request.ApproveAsLeader(LeaderActor, new Deciders(null, [Quality]), request.Version, Start));
        Assert.Contains("no tiene líder", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_quality_team_member_validates()
    {
        var request = In(ChangeRequestStatus.PendingQuality);

        Assert.Throws<NotAllowedException>(() => request.ValidateAsQuality(LeaderActor, Current, request.Version, Start));
        request.ValidateAsQuality(QualityActor, Current, request.Version, Start);

        Assert.Equal(ChangeRequestStatus.Published, request.Status);
    }

    [Fact]
    public void A_second_decision_on_the_same_version_is_refused()
    {
        var request = In(ChangeRequestStatus.PendingLeader);
        var seen = request.Version;
        request.ApproveAsLeader(LeaderActor, Current, seen, Start);

        Assert.Throws<InvalidTransitionException>(() => request.ApproveAsLeader(LeaderActor, Current, seen, Start));
        Assert.Throws<StaleVersionException>(() => request.Reject(QualityActor, Current, "no", seen, Start));
        Assert.Equal(2, request.Events.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_rejection_without_a_comment_is_refused(string? comment)
    {
        var request = In(ChangeRequestStatus.PendingLeader);

        Assert.Throws<InvalidCommentException>(() => request.Reject(LeaderActor, Current, comment, request.Version, Start));
        Assert.Equal(ChangeRequestStatus.PendingLeader, request.Status);
    }

    [Fact]
    public void A_rejection_keeps_its_comment_for_the_requester_and_the_audit()
    {
        var request = In(ChangeRequestStatus.PendingQuality);

        request.Reject(QualityActor, Current, "  Falta el formato adjunto ", request.Version, Start.AddDays(1));

        Assert.Equal("Falta el formato adjunto", request.LastComment);
        Assert.Equal("Falta el formato adjunto", request.Events[^1].Comment);
        Assert.Equal(QualityActor.ObjectId, request.Events[^1].ActorObjectId);
    }

    [Fact]
    public void Only_the_requester_amends_resubmits_or_cancels()
    {
        var request = In(ChangeRequestStatus.Returned);

        Assert.Throws<NotAllowedException>(() => request.Resubmit(LeaderActor, Details(), request.Version, Start));
        Assert.Throws<NotAllowedException>(() => request.Cancel(QualityActor, request.Version, Start));
        request.Resubmit(RequesterActor, Details("Se actualizan los pasos 4 y 5"), request.Version, Start);

        Assert.Equal(ChangeRequestStatus.PendingLeader, request.Status);
        Assert.Equal("Se actualizan los pasos 4 y 5", request.Description);
        Assert.Null(request.LastComment);
    }

    [Fact]
    public void Incomplete_or_oversized_details_are_refused_field_by_field()
    {
        var details = new ChangeDetails(ChangeKind.Modify, "", "GLEGN02", null, new string('x', ChangeDetails.MaxDescription + 1), " ", "http://inseguro");

        var refused = Assert.Throws<InvalidDetailsException>(() => ChangeRequest.Submit(details, Requester, Start));

        Assert.Equal(["description", "documentCode", "draftUrl", "reason"], refused.Errors.Keys.Order());
        Assert.Contains("máximo 2000", refused.Errors["description"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_requester_without_an_entra_identity_cannot_submit()
    {
        Assert.Throws<NotAllowedException>(() => ChangeRequest.Submit(Details(), new Person("Sin cuenta", ""), Start));
    }

    private static void Apply(ChangeRequest request, Move move)
    {
        var at = Start.AddDays(1);
        switch (move)
        {
            case Move.Approve:
                request.ApproveAsLeader(LeaderActor, Current, request.Version, at);
                break;
            case Move.Validate:
                request.ValidateAsQuality(QualityActor, Current, request.Version, at);
                break;
            case Move.Reject:
                var actor = request.Status == ChangeRequestStatus.PendingQuality ? QualityActor : LeaderActor;
                request.Reject(actor, Current, "Motivo", request.Version, at);
                break;
            case Move.Resubmit:
                request.Resubmit(RequesterActor, Details("Corregido"), request.Version, at);
                break;
            case Move.Cancel:
                request.Cancel(RequesterActor, request.Version, at);
                break;
        }
    }
}
