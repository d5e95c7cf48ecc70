namespace MipgTeams.Domain.ChangeRequests;

/// <summary>The move does not exist from the request's current state (e.g. validating a request the leader has not approved).</summary>
public sealed class InvalidTransitionException(ChangeRequestStatus from, string attempted)
    : ChangeRequestException($"La solicitud está «{from.Label()}»; no se puede {attempted}.")
{
    public ChangeRequestStatus From { get; } = from;
}
