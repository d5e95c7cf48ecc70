namespace MipgTeams.Indicators.Queries;

/// <summary>
/// Change requests in one quarter: new requests submitted, and decisions taken in it (published, returned to the
/// requester, cancelled); in progress is what was still open at the end of the quarter (or now, for the current one).
/// </summary>
public sealed record RequestCounts(int Year, int Quarter, int Submitted, int Published, int Returned, int Cancelled, int InProgress);
