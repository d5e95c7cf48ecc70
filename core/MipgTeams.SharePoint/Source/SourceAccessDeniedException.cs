namespace MipgTeams.SharePoint.Source;

/// <summary>The credential was refused (expired, revoked, no permission): the run stops and the last good model stays served.</summary>
public sealed class SourceAccessDeniedException(string message, Exception? inner = null) : Exception(message, inner);
