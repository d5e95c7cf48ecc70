namespace MipgTeams.SharePoint.Publishing;

/// <summary>
/// A publication that cannot go on by itself (no write access, the draft gone or unreadable…). Its message is Spanish,
/// for the quality team; the request stays validated-but-not-published until someone retries it.
/// </summary>
public class PublicationException(string message, Exception? inner = null) : Exception(message, inner);
