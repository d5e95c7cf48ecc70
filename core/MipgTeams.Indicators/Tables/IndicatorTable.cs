namespace MipgTeams.Indicators.Tables;

/// <summary>
/// One indicator as rows: what the page's accessible table, the Excel sheet and the CSV/JSON feed all show. Cells are
/// strings, integers or doubles (null when there is no value, e.g. a percentage of nothing).
/// </summary>
public sealed record IndicatorTable(string Name, string Title, IReadOnlyList<IndicatorColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
