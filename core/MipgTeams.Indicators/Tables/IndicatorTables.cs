using MipgTeams.Domain.Time;
using MipgTeams.Indicators.Queries;

namespace MipgTeams.Indicators.Tables;

/// <summary>The report as tables, by feed name (<c>/indicadores/datos/{nombre}.csv|json</c>, one Excel sheet each).</summary>
public static class IndicatorTables
{
    public const string ProcessesModified = "procesos-modificados";
    public const string ByMacroprocess = "cambios-por-macroproceso";
    public const string Requests = "solicitudes";
    public const string CycleTimes = "tiempos-de-ciclo";
    public const string WaitingByWho = "espera-por-responsable";
    public const string Waiting = "solicitudes-en-espera";
    public const string Review = "revision-periodica";
    public const string Questions = "preguntas";
    public const string UnansweredTopics = "preguntas-sin-respuesta";
    public const string Socialization = "socializacion";

    public static IReadOnlyList<string> Names { get; } =
        [ProcessesModified, ByMacroprocess, Requests, CycleTimes, WaitingByWho, Waiting, Review, Questions, UnansweredTopics, Socialization];

    public static IReadOnlyList<IndicatorTable> All(IndicatorReport report) => Names.Select(n => Get(report, n)!).ToList();

    /// <summary>The table named <paramref name="name"/>, or null for an unknown name.</summary>
    public static IndicatorTable? Get(IndicatorReport report, string name) => name switch
    {
        ProcessesModified => new(name, "Procesos racionalizados o modificados (cambios publicados)",
            [C("trimestre", "Trimestre"), C("creados", "Documentos creados"), C("modificados", "Modificados"), C("nueva_version", "Nueva versión"),
             C("eliminados", "Eliminados"), C("total", "Total"), C("procesos", "Procesos modificados")],
            report.ProcessesModified.ByQuarter.Select(q => Row(QuarterBounds.Label(q.Year, q.Quarter), q.Changes.Created, q.Changes.Modified,
                q.Changes.NewVersion, q.Changes.Removed, q.Changes.Total, q.Processes)).ToList()),
        ByMacroprocess => new(name, "Cambios publicados por macroproceso",
            [C("macroproceso", "Macroproceso"), C("creados", "Documentos creados"), C("modificados", "Modificados"), C("nueva_version", "Nueva versión"),
             C("eliminados", "Eliminados"), C("total", "Total")],
            report.ProcessesModified.ByMacroprocess.Select(m => Row(m.Name, m.Changes.Created, m.Changes.Modified, m.Changes.NewVersion,
                m.Changes.Removed, m.Changes.Total)).ToList()),
        Requests => new(name, "Solicitudes de cambio",
            [C("trimestre", "Trimestre"), C("radicadas", "Radicadas"), C("publicadas", "Publicadas"), C("devueltas", "Devueltas"),
             C("canceladas", "Canceladas"), C("en_tramite", "En trámite al cierre")],
            report.Requests.Select(r => Row(QuarterBounds.Label(r.Year, r.Quarter), r.Submitted, r.Published, r.Returned, r.Cancelled, r.InProgress)).ToList()),
        CycleTimes => new(name, "Tiempo de ciclo por paso (días hábiles)",
            [C("paso", "Paso"), C("trimestre", "Trimestre"), C("decisiones", "Decisiones"), C("promedio", "Promedio"), C("mediana", "Mediana"),
             C("maximo", "Máximo"), C("plazo", "Plazo (días hábiles)"), C("a_tiempo", "A tiempo"), C("porcentaje_a_tiempo", "% a tiempo")],
            report.CycleTimes.Select(c => Row(c.Step.Label(), c.Quarter is { } q ? QuarterBounds.Label(c.Year, q) : $"{c.Year} (año)", c.Count,
                c.Average, c.Median, c.Max, c.DeadlineDays, c.WithinDeadline, c.WithinDeadlinePercent)).ToList()),
        WaitingByWho => new(name, "Solicitudes en espera hoy, por responsable y antigüedad (días hábiles)",
            [C("espera_a", "Espera a"), C("solicitudes", "Solicitudes"), C("vencidas", "Vencidas"),
             .. WaitingNow.AgeBandLabels.Select((label, i) => C(BandKeys[i], label))],
            report.Waiting.Summary.Select(s => Row([s.WaitingOn, s.Count, s.Overdue, .. s.ByAge.Cast<object?>()])).ToList()),
        Waiting => new(name, "Solicitudes en espera hoy (las más antiguas)",
            [C("solicitud", "Solicitud"), C("tipo", "Tipo de cambio"), C("documento", "Documento"), C("proceso", "Proceso"), C("espera_a", "Espera a"),
             C("desde", "Desde"), C("dias_habiles", "Días hábiles"), C("plazo", "Plazo"), C("vencida", "Vencida")],
            report.Waiting.Oldest.Select(w => Row($"#{w.Id}", w.Kind, w.Document, w.ProcessName, w.WaitingOn, BogotaTime.Format(w.Since), w.AgeDays,
                w.DeadlineDays, w.IsOverdue ? "Sí" : "No")).ToList()),
        Review => new(name, "Documentos con revisión periódica vencida o próxima",
            [C("proceso", "Proceso"), C("codigo_proceso", "Código"), C("vencidos", "Vencidos"), C("por_vencer", $"Vencen en {report.Review.SoonMonths} meses")],
            report.Review.ByProcess.Select(p => Row(p.ProcessName, p.ProcessCode, p.Overdue, p.DueSoon)).ToList()),
        Questions => new(name, "Preguntas al asistente",
            [C("trimestre", "Trimestre"), C("hechas", "Hechas"), C("respondidas", "Respondidas"), C("sin_respuesta", "Sin respuesta"),
             C("utiles", "👍 Me sirvió"), C("no_utiles", "👎 No me sirvió"), C("porcentaje_utiles", "% 👍"), C("enviadas_calidad", "Enviadas a calidad")],
            report.Questions.ByQuarter.Select(q => Row(QuarterBounds.Label(q.Year, q.Quarter), q.Asked, q.Answered, q.Unanswered, q.Helpful,
                q.Unhelpful, q.HelpfulPercent, q.SentToQualityTeam)).ToList()),
        UnansweredTopics => new(name, "Preguntas sin respuesta más repetidas",
            [C("pregunta", "Pregunta"), C("veces", "Veces")],
            report.Questions.TopUnanswered.Select(t => Row(t.Question, t.Count)).ToList()),
        Socialization => new(name, "Socialización de las nuevas versiones (las más recientes)",
            [C("documento", "Documento"), C("version", "Versión"), C("proceso", "Proceso"), C("publicada", "Publicada"), C("destinatarios", "Destinatarios"),
             C("leida_destinatarios", "Leída por destinatarios"), C("lectores", "Lectores (todos)"), C("porcentaje_leida", "% leída")],
            report.Socialization.Versions.Select(v => Row(v.Document, v.Version, v.ProcessName, BogotaTime.Format(v.PublishedAt), v.Audience,
                v.AudienceRead, v.Readers, v.ReadPercent)).ToList()),
        _ => null,
    };

    private static readonly string[] BandKeys = ["dias_0_2", "dias_3_5", "dias_6_10", "dias_11_20", "dias_mas_20"];

    private static IndicatorColumn C(string key, string header) => new(key, header);

    private static object?[] Row(params object?[] cells) => cells;
}
