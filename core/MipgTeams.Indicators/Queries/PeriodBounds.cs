namespace MipgTeams.Indicators.Queries;

/// <summary>
/// The filter's period as instants, and the three quarter boundaries of its year: queries group by
/// <c>at &lt; Q2 ? 1 : at &lt; Q3 ? 2 : at &lt; Q4 ? 3 : 4</c>, which both providers translate to a SQL CASE (SQLite keeps
/// times as sortable integers, so date functions are not available there, but comparisons are).
/// </summary>
internal sealed record PeriodBounds(DateTimeOffset Start, DateTimeOffset End, DateTimeOffset Q2, DateTimeOffset Q3, DateTimeOffset Q4)
{
    public static PeriodBounds Of(IndicatorFilter filter) => new(
        QuarterBounds.Start(filter.Year, filter.Quarters[0]),
        QuarterBounds.End(filter.Year, filter.Quarters[^1]),
        QuarterBounds.Start(filter.Year, 2),
        QuarterBounds.Start(filter.Year, 3),
        QuarterBounds.Start(filter.Year, 4));
}
