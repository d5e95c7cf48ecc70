namespace MipgTeams.Indicators.Charts;

/// <summary>One series of a chart: its name (legend) and one value per category (null: no value, nothing drawn).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
