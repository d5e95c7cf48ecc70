namespace MipgTeams.SharePoint.Publishing;

/// <summary>The current file changed in the library since the request was validated: nothing is overwritten.</summary>
public sealed class PublicationConflictException(string message, Exception? inner = null) : PublicationException(message, inner);
