using MipgTeams.Indicators;
using MipgTeams.Indicators.Exports;
using MipgTeams.Indicators.Tables;
using MipgTeams.Portal.Catalog;

namespace MipgTeams.Portal.Indicators;

/// <summary>
/// «Descargar Excel» (<c>/indicadores/excel</c>, one sheet per indicator) and one feed per indicator for Power BI
/// (<c>/indicadores/datos/{nombre}.csv|json</c>), with the page's filters and the page's access rule; in EntraId mode
/// they also take the Entra ID bearer token Power BI sends (<see cref="IndicatorBearer"/>).
/// </summary>
internal static class IndicatorFeeds
{
    public const string ExcelPath = "/indicadores/excel";
    public const string FeedPrefix = "/indicadores/datos/";

    public static void MapIndicatorFeeds(this WebApplication app)
    {
        app.MapGet(ExcelPath, async (HttpContext context, IndicatorReportCache queries, PublicCatalog catalog, CancellationToken cancellationToken) =>
        {
            if (await LoadAsync(context, queries, catalog, cancellationToken) is not { } report)
            {
                return Results.StatusCode(StatusCodes.Status400BadRequest);
            }
            return Results.File(IndicatorXlsx.Write(IndicatorTables.All(report)), IndicatorXlsx.ContentType, $"Indicadores {FileLabel(report.Filter)}.xlsx");
        }).RequireAuthorization(IndicatorAccessRequirement.FeedPolicy);

        app.MapGet(FeedPrefix + "{nombre}.{formato}", async (string nombre, string formato, HttpContext context, IndicatorReportCache queries, PublicCatalog catalog,
            CancellationToken cancellationToken) =>
        {
            if (IndicatorTables.Find(nombre) is not { } definition || formato is not ("csv" or "json"))
            {
                context.Items[ErrorMessage.Key] = $"No existe el indicador «{Shorten(nombre)}.{Shorten(formato)}». Los indicadores son: "
                    + string.Join(", ", IndicatorTables.Names) + " (en .csv o .json).";
                return Results.StatusCode(StatusCodes.Status404NotFound);
            }
            if (await LoadAsync(context, queries, catalog, cancellationToken) is not { } report)
            {
                return Results.StatusCode(StatusCodes.Status400BadRequest);
            }
            var table = definition.From(report);
            return formato == "csv"
                ? Results.File(IndicatorCsv.Write(table), IndicatorCsv.ContentType, $"{nombre} {FileLabel(report.Filter)}.csv")
                : Results.Bytes(IndicatorJson.Write(table), IndicatorJson.ContentType);
        }).RequireAuthorization(IndicatorAccessRequirement.FeedPolicy);
    }

    /// <summary>The report for the request's filters, or null (with the Spanish reason set) when a filter is wrong.</summary>
    private static async Task<IndicatorReport?> LoadAsync(HttpContext context, IndicatorReportCache queries, PublicCatalog catalog, CancellationToken cancellationToken)
    {
        if (!IndicatorQuery.TryParse(context.Request.Query, catalog.Current, queries.CurrentYear, out var filter, out var error))
        {
            context.Items[ErrorMessage.Key] = error;
            return null;
        }
        return await queries.LoadAsync(filter, cancellationToken);
    }

    private static string FileLabel(IndicatorFilter filter) =>
        filter.Year + (filter.Quarter is { } q ? $"-T{q}" : "") + (filter.Macroprocess is { } m ? " " + m : "") + (filter.Process is { } p ? " " + p : "");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
