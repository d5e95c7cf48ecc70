using MipgTeams.Domain.Time;
using MipgTeams.Indicators.Queries;

namespace MipgTeams.Indicators.Tables;

/// <summary>The report as tables, by feed name (<c>/indicadores/datos/{nombre}.csv|json</c>, one Excel sheet each).</summary>
public static class IndicatorTables
{
    // The waiting table's age bands as column keys, in the order of WaitingNow.AgeBandLabels.
    private static readonly string[] BandKeys = ["dias_0_2", "dias_3_5", "dias_6_10", "dias_11_20", "dias_mas_20"];

    public static readonly IndicatorTableDefinition ProcessesModified = new("procesos-modificados",
        "Procesos racionalizados o modificados (cambios publicados)",
        _ => [C("trimestre", "Trimestre"), C("creados", "Documentos creados"), C("modificados", "Modificados"), C("nueva_version", "Nueva versión"),
              C("eliminados", "Eliminados"), C("total", "Total"), C("procesos", "Procesos modificados")],
        report => report.ProcessesModified.ByQuarter.Select(q => Row(QuarterBounds.Label(q.Year, q.Quarter), q.Changes.Created, q.Changes.Modified,
            q.Changes.NewVersion, q.Changes.Removed, q.Changes.Total, q.Processes)));

    public static readonly IndicatorTableDefinition ByMacroprocess = new("cambios-por-macroproceso",
        "Cambios publicados por macroproceso",
        _ => [C("macroproceso", "Macroproceso"), C("creados", "Documentos creados"), C("modificados", "Modificados"), C("nueva_version", "Nueva versión"),
              C("eliminados", "Eliminados"), C("total", "Total")],
        report => report.ProcessesModified.ByMacroprocess.Select(m => Row(m.Name, m.Changes.Created, m.Changes.Modified, m.Changes.NewVersion,
            m.Changes.Removed, m.Changes.Total)));

    public static readonly IndicatorTableDefinition Requests = new("solicitudes",
        "Solicitudes de cambio",
        _ => [C("trimestre", "Trimestre"), C("radicadas", "Radicadas"), C("publicadas", "Publicadas"), C("devueltas", "Devueltas"),
              C("canceladas", "Canceladas"), C("en_tramite", "En trámite al cierre")],
        report => report.Requests.Select(r => Row(QuarterBounds.Label(r.Year, r.Quarter), r.Submitted, r.Published, r.Returned, r.Cancelled, r.InProgress)));

    public static readonly IndicatorTableDefinition CycleTimes = new("tiempos-de-ciclo",
        "Tiempo de ciclo por paso (días hábiles)",
        _ => [C("paso", "Paso"), C("trimestre", "Trimestre"), C("decisiones", "Decisiones"), C("promedio", "Promedio"), C("mediana", "Mediana"),
              C("maximo", "Máximo"), C("plazo", "Plazo (días hábiles)"), C("a_tiempo", "A tiempo"), C("porcentaje_a_tiempo", "% a tiempo")],
        report => report.CycleTimes.Select(c => Row(c.Step.Label(), c.Quarter is { } q ? QuarterBounds.Label(c.Year, q) : $"{c.Year} (año)", c.Count,
            c.Average, c.Median, c.Max, c.DeadlineDays, c.WithinDeadline, c.WithinDeadlinePercent)));

    public static readonly IndicatorTableDefinition WaitingByWho = new("espera-por-responsable",
        "Solicitudes en espera hoy, por responsable y antigüedad (días hábiles)",
        _ => [C("espera_a", "Espera a"), C("solicitudes", "Solicitudes"), C("vencidas", "Vencidas"),
              .. WaitingNow.AgeBandLabels.Select((label, i) => C(BandKeys[i], label))],
        report => report.Waiting.Summary.Select(s => Row([s.WaitingOn, s.Count, s.Overdue, .. s.ByAge.Cast<object?>()])));

    public static readonly IndicatorTableDefinition Waiting = new("solicitudes-en-espera",
        "Solicitudes en espera hoy (las más antiguas)",
        _ => [C("solicitud", "Solicitud"), C("tipo", "Tipo de cambio"), C("documento", "Documento"), C("proceso", "Proceso"), C("espera_a", "Espera a"),
              C("desde", "Desde"), C("dias_habiles", "Días hábiles"), C("plazo", "Plazo"), C("vencida", "Vencida")],
        report => report.Waiting.Oldest.Select(w => Row($"#{w.Id}", w.Kind, w.Document, w.ProcessName, w.WaitingOn, BogotaTime.Format(w.Since), w.AgeDays,
            w.DeadlineDays, w.IsOverdue ? "Sí" : "No")));

    public static readonly IndicatorTableDefinition Review = new("revision-periodica",
        "Documentos con revisión periódica vencida o próxima",
        report => [C("proceso", "Proceso"), C("codigo_proceso", "Código"), C("vencidos", "Vencidos"), C("por_vencer", $"Vencen en {report.Review.SoonMonths} meses")],
        report => report.Review.ByProcess.Select(p => Row(p.ProcessName, p.ProcessCode, p.Overdue, p.DueSoon)));

    public static readonly IndicatorTableDefinition Questions = new("preguntas",
        "Preguntas al asistente",
        _ => [C("trimestre", "Trimestre"), C("hechas", "Hechas"), C("respondidas", "Respondidas"), C("sin_respuesta", "Sin respuesta"),
              C("utiles", "👍 Me sirvió"), C("no_utiles", "👎 No me sirvió"), C("porcentaje_utiles", "% 👍"), C("enviadas_calidad", "Enviadas a calidad")],
        report => report.Questions.ByQuarter.Select(q => Row(QuarterBounds.Label(q.Year, q.Quarter), q.Asked, q.Answered, q.Unanswered, q.Helpful,
            q.Unhelpful, q.HelpfulPercent, q.SentToQualityTeam)));

    public static readonly IndicatorTableDefinition UnansweredTopics = new("preguntas-sin-respuesta",
        "Preguntas sin respuesta más repetidas",
        _ => [C("pregunta", "Pregunta"), C("veces", "Veces")],
        report => report.Questions.TopUnanswered.Select(t => Row(t.Question, t.Count)));

    public static readonly IndicatorTableDefinition Socialization = new("socializacion",
        "Socialización de las nuevas versiones (las más recientes)",
        _ => [C("documento", "Documento"), C("version", "Versión"), C("proceso", "Proceso"), C("publicada", "Publicada"), C("destinatarios", "Destinatarios"),
              C("leida_destinatarios", "Leída por destinatarios"), C("lectores", "Lectores (todos)"), C("porcentaje_leida", "% leída")],
        report => report.Socialization.Versions.Select(v => Row(v.Document, v.Version, v.ProcessName, BogotaTime.Format(v.PublishedAt), v.Audience,
            v.AudienceRead, v.Readers, v.ReadPercent)));

    /// <summary>Every table, in the order of the page and of the Excel sheets.</summary>
    public static IReadOnlyList<IndicatorTableDefinition> Definitions { get; } =
        [ProcessesModified, ByMacroprocess, Requests, CycleTimes, WaitingByWho, Waiting, Review, Questions, UnansweredTopics, Socialization];

    public static IReadOnlyList<string> Names { get; } = [.. Definitions.Select(d => d.Name)];

    public static IReadOnlyList<IndicatorTable> All(IndicatorReport report) => [.. Definitions.Select(d => d.From(report))];

    /// <summary>The table named <paramref name="name"/>, or null for an unknown name.</summary>
    public static IndicatorTableDefinition? Find(string name) => Definitions.FirstOrDefault(d => d.Name == name);

    private static IndicatorColumn C(string key, string header) => new(key, header);

    private static object?[] Row(params object?[] cells) => cells;
}
