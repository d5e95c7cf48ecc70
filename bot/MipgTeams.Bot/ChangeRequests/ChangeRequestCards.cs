using System.Text.Json.Nodes;
using MipgTeams.Bot.ChangeRequests.Cards;

namespace MipgTeams.Bot.ChangeRequests;

/// <summary>Which card a person gets for a request: the decision buttons only for who decides now, the correction form for a returned request's requester.</summary>
internal static class ChangeRequestCards
{
    public static Viewer ViewerFor(ChangeRequest request, Deciders deciders, Actor actor)
    {
        if (deciders.CanDecide(request.Status, actor))
        {
            return request.Status == ChangeRequestStatus.PendingLeader ? Viewer.Leader : Viewer.Quality;
        }
        return request.Requester.HasObjectId(actor.ObjectId) ? Viewer.Requester : Viewer.Nobody;
    }

    public static JsonObject For(
        ChangeRequest request, Deciders deciders, Actor actor, FormChoices choices, string? notice = null)
    {
        var viewer = ViewerFor(request, deciders, actor);
        return viewer == Viewer.Requester && request.Status == ChangeRequestStatus.Returned
            ? ChangeRequestFormCard.Create(ChangeRequestFormCard.ValuesOf(request), new Dictionary<string, string>(), choices, request, notice)
            : ChangeRequestCard.Create(request, viewer, notice);
    }
}
