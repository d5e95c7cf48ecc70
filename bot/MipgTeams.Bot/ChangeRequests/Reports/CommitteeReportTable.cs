using MipgTeams.Domain.Time;

namespace MipgTeams.Bot.ChangeRequests.Reports;

/// <summary>The report as a table of text cells: the same columns in the CSV and the XLSX.</summary>
internal static class CommitteeReportTable
{
    public static readonly string[] Header =
    [
        "Solicitud", "Código", "Documento", "Proceso", "Tipo de cambio", "Qué cambia", "Por qué", "Solicitante", "Estado",
        "Solicitada", "Aprobó (líder)", "Fecha de aprobación", "Validó (calidad)", "Fecha de publicación", "Último comentario", "Borrador",
        "Versión anterior", "Versión nueva", "Leído por",
    ];

    public static IEnumerable<string[]> Rows(CommitteeReport report) => report.Rows.Select(r => new[]
    {
        r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.DocumentCode ?? "", r.Title ?? "", r.ProcessCode, r.Kind.Label(),
        r.Description, r.Reason, r.Requester, r.Status.Label(), BogotaTime.Format(r.SubmittedAt), r.ApprovedBy ?? "",
        r.ApprovedAt is { } a ? BogotaTime.Format(a) : "", r.ValidatedBy ?? "", r.PublishedAt is { } p ? BogotaTime.Format(p) : "",
        r.LastComment ?? "", r.DraftUrl ?? "",
        r.FromVersion ?? "", r.ToVersion ?? "", r.ReadBy?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
    });
}
