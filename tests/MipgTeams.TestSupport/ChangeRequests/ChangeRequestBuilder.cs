using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.People;
using Xunit;

namespace MipgTeams.TestSupport.ChangeRequests;

/// <summary>Builds requests in any state through the real transitions.</summary>
public static class ChangeRequestBuilder
{
    public static readonly Person Requester = new("Ana Pérez", "ana@cartagena.gov.co", "aaaaaaaa-0000-0000-0000-000000000001");
    public static readonly Person Leader = new("Andrea Ríos", "andrea@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000007");
    public static readonly Person Quality = new("Lina Pérez", "lina@cartagena.gov.co", "5f0c1a10-0000-4000-8000-000000000020");
    public static readonly Actor RequesterActor = new(Requester.EntraObjectId!, Requester.DisplayName);
    public static readonly Actor LeaderActor = new(Leader.EntraObjectId!, Leader.DisplayName);
    public static readonly Actor QualityActor = new(Quality.EntraObjectId!, Quality.DisplayName);
    public static readonly Deciders Current = new(Leader, [Quality]);
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 13, 0, 0, TimeSpan.Zero);

    public static ChangeDetails Details(string description = "Se actualiza el paso 4") =>
        new(ChangeKind.Modify, "GLEGN02-P001", "GLEGN02", null, description, "Cambió la norma", null);

    /// <summary>A request for GLEGN02-P001 taken to <paramref name="status"/>; each has its own requester value (an owned type in the store).</summary>
    public static ChangeRequest In(ChangeRequestStatus status, string description = "Se actualiza el paso 4")
    {
        var request = ChangeRequest.Submit(Details(description), Requester with { }, Start);
        switch (status)
        {
            case ChangeRequestStatus.PendingLeader:
                break;
            case ChangeRequestStatus.PendingQuality:
                request.ApproveAsLeader(LeaderActor, Current, request.Version, Start.AddHours(1));
                break;
            case ChangeRequestStatus.Published:
                request.ApproveAsLeader(LeaderActor, Current, request.Version, Start.AddHours(1));
                request.ValidateAsQuality(QualityActor, Current, request.Version, Start.AddHours(2));
                break;
            case ChangeRequestStatus.Returned:
                request.Reject(LeaderActor, Current, "Falta el soporte normativo", request.Version, Start.AddHours(1));
                break;
            case ChangeRequestStatus.Cancelled:
                request.Cancel(RequesterActor, request.Version, Start.AddHours(1));
                break;
        }
        Assert.Equal(status, request.Status);
        return request;
    }
}
