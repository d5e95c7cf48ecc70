namespace MipgTeams.SharePoint.Source;

/// <summary>
/// A library or list could not be read as a whole (missing, or not in the expected format). Its message is Spanish, for
/// the admins who read the run's errors; the container keeps its last synced state, never emptied by a bad read.
/// </summary>
public sealed class SourceUnreadableException(string message, Exception? inner = null) : Exception(message, inner);
