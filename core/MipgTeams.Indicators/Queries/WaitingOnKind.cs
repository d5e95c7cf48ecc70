namespace MipgTeams.Indicators.Queries;

/// <summary>Who an open request waits on.</summary>
public enum WaitingOnKind
{
    Leader,
    QualityTeam,
    Requester,
}
