namespace MipgTeams.Bot.ChangeRequests;

/// <summary>Who is looking at a request card, which decides the buttons it shows.</summary>
internal enum Viewer
{
    /// <summary>Read-only: the request and its decisions, no buttons.</summary>
    Nobody,
    Leader,
    Quality,
    Requester,
}
