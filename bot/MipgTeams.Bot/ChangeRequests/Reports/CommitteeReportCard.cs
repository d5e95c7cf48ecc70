using MipgTeams.Domain.Time;
using System.Text.Json.Nodes;
using MipgTeams.Bot.Cards;
using MipgTeams.Store.Publishing;

namespace MipgTeams.Bot.ChangeRequests.Reports;

/// <summary>The report's summary card: counts, the published changes, and buttons to download the CSV and the Excel file.</summary>
internal static class CommitteeReportCard
{
    private const int Listed = 10;

    public static JsonObject Create(CommitteeReport report, string csvUrl, string xlsxUrl, string? indicatorsUrl = null)
    {
        var title = "Informe para el Comité Institucional de Gestión y Desempeño";
        var published = report.Rows.Where(r => r.Status == ChangeRequestStatus.Published).ToList();
        var lines = published.Take(Listed).Select(r => (JsonNode)AdaptiveCard.Text(
            $"#{r.Id} · {r.Kind.Label()} {r.DocumentCode ?? "documento nuevo"}" + (r.Title is null ? "" : $" · {CardText.Plain(r.Title)}")
            + (r.PublishedAt is { } at ? $" · publicada {BogotaTime.Format(at)}" : "") + Versions(r)
            + Publication(r), size: "Small")).ToList();
        return AdaptiveCard.Create(title,
        [
            AdaptiveCard.Text(title, size: "Medium", weight: "Bolder"),
            AdaptiveCard.Text($"Periodo: {report.From:dd/MM/yyyy} a {report.To:dd/MM/yyyy}", subtle: true),
            AdaptiveCard.Facts(
                ("Solicitudes con movimiento", report.Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Publicadas", report.Published.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("En trámite", report.InProgress.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Devueltas", report.Returned.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Canceladas", report.Cancelled.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            published.Count == 0 ? AdaptiveCard.Text("No se publicaron cambios en el periodo.") : AdaptiveCard.Text("**Cambios publicados**"),
            .. lines,
            published.Count > Listed ? AdaptiveCard.Text($"Y {published.Count - Listed} más en el archivo.", size: "Small", subtle: true) : null,
            AdaptiveCard.Text("Los enlaces de descarga vencen en pocos minutos.", size: "Small", subtle: true),
            indicatorsUrl is null
                ? AdaptiveCard.Actions(AdaptiveCard.OpenUrl("Descargar Excel", xlsxUrl), AdaptiveCard.OpenUrl("Descargar CSV", csvUrl))
                : AdaptiveCard.Actions(AdaptiveCard.OpenUrl("Descargar Excel", xlsxUrl), AdaptiveCard.OpenUrl("Descargar CSV", csvUrl),
                    AdaptiveCard.OpenUrl("Ver indicadores del trimestre", indicatorsUrl)),
        ]);
    }

    private static string Publication(CommitteeReportRow row) => row.Publication switch
    {
        PublicationJobStatus.Published => $" · leída por {row.ReadBy ?? 0}",
        PublicationJobStatus.Conflict or PublicationJobStatus.Failed => " · publicación detenida (ver «pendientes»)",
        PublicationJobStatus.Pending => " · publicación en curso",
        _ => "", // validated before publication existed: nothing to say
    };

    private static string Versions(CommitteeReportRow row) => (row.FromVersion, row.ToVersion) switch
    {
        (null, null) => "",
        (null, { } to) => $" · versión {to}",
        ({ } from, { } to) => $" · {from} → {to}",
        ({ } from, null) => $" · versión {from}",
    };
}
