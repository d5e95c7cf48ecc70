using MipgTeams.Indicators.Queries;

namespace MipgTeams.Indicators.Charts;

/// <summary>The page's charts for a report, by the table they illustrate.</summary>
public static class IndicatorCharts
{
    public static string ProcessesModified(IndicatorReport report)
    {
        var q = report.ProcessesModified.ByQuarter;
        return SvgChart.Bars("grafico-procesos", "Cambios publicados por trimestre y tipo", Quarters(q.Select(x => (x.Year, x.Quarter))),
        [
            new("Creados", q.Select(x => (double?)x.Changes.Created).ToList()),
            new("Modificados", q.Select(x => (double?)x.Changes.Modified).ToList()),
            new("Nueva versión", q.Select(x => (double?)x.Changes.NewVersion).ToList()),
            new("Eliminados", q.Select(x => (double?)x.Changes.Removed).ToList()),
        ], stacked: true);
    }

    public static string Requests(IndicatorReport report)
    {
        var r = report.Requests;
        return SvgChart.Bars("grafico-solicitudes", "Solicitudes de cambio por trimestre", Quarters(r.Select(x => (x.Year, x.Quarter))),
        [
            new("Radicadas", r.Select(x => (double?)x.Submitted).ToList()),
            new("Publicadas", r.Select(x => (double?)x.Published).ToList()),
            new("Devueltas", r.Select(x => (double?)x.Returned).ToList()),
            new("Canceladas", r.Select(x => (double?)x.Cancelled).ToList()),
            new("En trámite", r.Select(x => (double?)x.InProgress).ToList()),
        ], stacked: false);
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
        [
            new("Respondidas", q.Select(x => (double?)x.Answered).ToList()),
            new("Sin respuesta", q.Select(x => (double?)x.Unanswered).ToList()),
            new("👍", q.Select(x => (double?)x.Helpful).ToList()),
            new("👎", q.Select(x => (double?)x.Unhelpful).ToList()),
        ], stacked: false);
    }

    public static string Socialization(IndicatorReport report)
    {
        var versions = report.Socialization.Versions.Take(8).Reverse().ToList();
        return SvgChart.Bars("grafico-socializacion", "Porcentaje de destinatarios que confirmaron la lectura, por versión",
            versions.Select(v => $"{v.Document} v{v.Version}").ToList(),
            [new("% leída", versions.Select(v => v.ReadPercent).ToList())], stacked: false);
    }

    private static List<string> Quarters(IEnumerable<(int Year, int Quarter)> quarters) => quarters.Select(q => QuarterBounds.Label(q.Year, q.Quarter)).ToList();
}
