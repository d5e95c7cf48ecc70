using MipgTeams.Indicators.Queries;

namespace MipgTeams.Indicators;

/// <summary>Every indicator for one filter, as the page, the Excel file and the feeds show it.</summary>
public sealed record IndicatorReport(
    IndicatorFilter Filter,
    DateTimeOffset ComputedAt,
    ProcessesModified ProcessesModified,
    IReadOnlyList<RequestCounts> Requests,
    IReadOnlyList<CycleTimeStats> CycleTimes,
    WaitingNow Waiting,
    ReviewDue Review,
    Questions Questions,
    Socialization Socialization);
