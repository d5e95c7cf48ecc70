namespace MipgTeams.Store.Publishing;

/// <summary>Where a publication job is: waiting (or retrying), published, or stopped until the quality team acts.</summary>
public enum PublicationJobStatus
{
    Pending,
    Published,
    /// <summary>The current file changed since the request was submitted: nothing was touched; a person decides.</summary>
    Conflict,
    /// <summary>A permanent failure (no write access, draft gone…): stays validated-but-not-published until retried.</summary>
    Failed,
}
