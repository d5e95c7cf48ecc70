namespace MipgTeams.Indicators.Tables;

/// <summary>A column: a stable ASCII key (JSON property, for Power BI) and the Spanish header people read.</summary>
public sealed record IndicatorColumn(string Key, string Header);
