namespace MipgTeams.Indicators.Queries;

/// <summary>The steps whose time is measured: the leader's approval, the quality team's validation, and the whole way.</summary>
public enum CycleStep
{
    Leader,
    Quality,
    Total,
}
