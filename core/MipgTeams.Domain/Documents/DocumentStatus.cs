namespace MipgTeams.Domain.Documents;

/// <summary>Lifecycle of a controlled document as the quality office publishes it.</summary>
public enum DocumentStatus
{
    Vigente,
    EnRevision,
    Obsoleto,
}
