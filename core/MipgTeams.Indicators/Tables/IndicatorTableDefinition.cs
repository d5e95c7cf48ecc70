namespace MipgTeams.Indicators.Tables;

/// <summary>One indicator table: its feed name, its title, and how its columns and rows are read from the report.</summary>
public sealed class IndicatorTableDefinition
{
    private readonly string title;
    private readonly Func<IndicatorReport, IReadOnlyList<IndicatorColumn>> columns;
    private readonly Func<IndicatorReport, IEnumerable<object?[]>> rows;

    internal IndicatorTableDefinition(string name, string title,
        Func<IndicatorReport, IReadOnlyList<IndicatorColumn>> columns, Func<IndicatorReport, IEnumerable<object?[]>> rows)
    {
        Name = name;
        this.title = title;
        this.columns = columns;
        this.rows = rows;
    }

    /// <summary>The feed name (<c>/indicadores/datos/{nombre}.csv|json</c>) and the Excel sheet's name.</summary>
    public string Name { get; }

    public IndicatorTable From(IndicatorReport report) => new(Name, title, columns(report), rows(report).ToList<IReadOnlyList<object?>>());
}
