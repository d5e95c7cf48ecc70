namespace MipgTeams.Domain.ChangeRequests;

/// <summary>A required comment (a rejection's reason) is missing or too long.</summary>
public sealed class InvalidCommentException(string message) : ChangeRequestException(message);
