using MipgTeams.Indicators.Queries;

namespace MipgTeams.Indicators.Charts;

/// <summary>The page's charts for a report, by the table they illustrate.</summary>
public static class IndicatorCharts
{
    public static string ProcessesModified(IndicatorReport report)
    {
        var q = report.ProcessesModified.ByQuarter;
        return SvgChart.Bars("grafico-procesos", "Cambios publicados por trimestre y tipo", Quarters(q.Select(x => (x.Year, x.Quarter))),
            Series(q, ("Creados", x => x.Changes.Created), ("Modificados", x => x.Changes.Modified),
                ("Nueva versión", x => x.Changes.NewVersion), ("Eliminados", x => x.Changes.Removed)),
            stacked: true);
    }

    public static string Requests(IndicatorReport report)
    {
        var r = report.Requests;
        return SvgChart.Bars("grafico-solicitudes", "Solicitudes de cambio por trimestre", Quarters(r.Select(x => (x.Year, x.Quarter))),
            Series(r, ("Radicadas", x => x.Submitted), ("Publicadas", x => x.Published), ("Devueltas", x => x.Returned),
                ("Canceladas", x => x.Cancelled), ("En trámite", x => x.InProgress)),
            stacked: false);
    }

    public static string CycleTimes(IndicatorReport report)
    {
        var quarters = report.Filter.Quarters;
        return SvgChart.Bars("grafico-tiempos", "Tiempo promedio por paso (días hábiles)", quarters.Select(q => $"{report.Filter.Year}-T{q}").ToList(),
            Enum.GetValues<CycleStep>().Select(step => new ChartSeries(step.Label(),
                quarters.Select(q => report.CycleTimes.Single(c => c.Step == step && c.Quarter == q) is { Count: > 0 } c ? (double?)c.Average : null).ToList())).ToList(),
            stacked: false);
    }

    public static string OnTime(IndicatorReport report)
    {
        var quarters = report.Filter.Quarters;
        return SvgChart.PercentLines("grafico-a-tiempo", "Porcentaje de decisiones dentro del plazo", quarters.Select(q => $"{report.Filter.Year}-T{q}").ToList(),
            Enum.GetValues<CycleStep>().Select(step => new ChartSeries(step.Label(),
                quarters.Select(q => report.CycleTimes.Single(c => c.Step == step && c.Quarter == q).WithinDeadlinePercent).ToList())).ToList());
    }

    public static string Questions(IndicatorReport report)
    {
        var q = report.Questions.ByQuarter;
        return SvgChart.Bars("grafico-preguntas", "Preguntas por trimestre", Quarters(q.Select(x => (x.Year, x.Quarter))),
            Series(q, ("Respondidas", x => x.Answered), ("Sin respuesta", x => x.Unanswered), ("👍", x => x.Helpful), ("👎", x => x.Unhelpful)),
            stacked: false);
    }

    public static string Socialization(IndicatorReport report)
    {
        var versions = report.Socialization.Versions.Take(8).Reverse().ToList();
        return SvgChart.Bars("grafico-socializacion", "Porcentaje de destinatarios que confirmaron la lectura, por versión",
            versions.Select(v => $"{v.Document} v{v.Version}").ToList(),
            [new("% leída", versions.Select(v => v.ReadPercent).ToList())], stacked: false);
    }

    // One series per named column of the rows, its values in the rows' order.
    private static List<ChartSeries> Series<T>(IReadOnlyList<T> rows, params (string Name, Func<T, double?> Value)[] columns) =>
        columns.Select(c => new ChartSeries(c.Name, rows.Select(c.Value).ToList())).ToList();

    private static List<string> Quarters(IEnumerable<(int Year, int Quarter)> quarters) => quarters.Select(q => QuarterBounds.Label(q.Year, q.Quarter)).ToList();
}
