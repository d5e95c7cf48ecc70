namespace MipgTeams.Indicators.Queries;

/// <summary>Requests waiting now (not by quarter): totals by who they wait on, and the oldest ones.</summary>
public sealed record WaitingNow(DateOnly Today, IReadOnlyList<WaitingSummary> Summary, IReadOnlyList<WaitingRequest> Oldest, int Total)
{
    /// <summary>Lower bounds of the age bands, in business days: 0–2, 3–5, 6–10, 11–20, more than 20.</summary>
    public static readonly IReadOnlyList<int> AgeBands = [0, 3, 6, 11, 21];

    public static IReadOnlyList<string> AgeBandLabels { get; } = ["0–2 días", "3–5 días", "6–10 días", "11–20 días", "más de 20 días"];
}
