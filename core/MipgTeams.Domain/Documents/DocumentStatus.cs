namespace MipgTeams.Domain.Documents;

/// <summary>Lifecycle of a controlled document as the quality office publishes it. Spanish words: <see cref="DocumentStatuses"/>.</summary>
public enum DocumentStatus
{
    Current,
    UnderReview,
    Obsolete,
}
