namespace MipgTeams.Domain.ChangeRequests;

/// <summary>The person is not the one who may make this move (not the current leader, not in the quality team, not the requester).</summary>
public sealed class NotAllowedException(string message) : ChangeRequestException(message);
