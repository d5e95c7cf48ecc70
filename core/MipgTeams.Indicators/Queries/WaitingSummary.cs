namespace MipgTeams.Indicators.Queries;

/// <summary>
/// Requests waiting now on one person or team: how many, how many past their deadline, and how many in each age band
/// (business days in the current step; bands in <see cref="WaitingNow.AgeBands"/>).
/// </summary>
public sealed record WaitingSummary(WaitingOnKind Kind, string WaitingOn, int Count, int Overdue, IReadOnlyList<int> ByAge);
