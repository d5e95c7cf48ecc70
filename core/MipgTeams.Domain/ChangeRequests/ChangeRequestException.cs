namespace MipgTeams.Domain.ChangeRequests;

/// <summary>A refused move on a change request. The message is Spanish and safe to show to the person who tried it.</summary>
public abstract class ChangeRequestException(string message) : InvalidOperationException(message);
