using MipgTeams.Portal.Catalog;

namespace MipgTeams.Portal.MasterList;

internal static class MasterListExports
{
    /// <summary>GET /listado-maestro.xlsx and .csv: the whole filtered, sorted list (every page), with the page's filters.</summary>
    public static void MapMasterListExports(this WebApplication app)
    {
        app.MapGet("/listado-maestro.xlsx", (HttpContext context, PublicCatalog catalog, TimeProvider time) =>
            Export(context, catalog, time, "xlsx", MasterListXlsx.ContentType, MasterListXlsx.Write));
        app.MapGet("/listado-maestro.csv", (HttpContext context, PublicCatalog catalog, TimeProvider time) =>
            Export(context, catalog, time, "csv", "text/csv; charset=utf-8", MasterListCsv.Write));
    }

    private static IResult Export(HttpContext context, PublicCatalog catalog, TimeProvider time, string extension, string contentType,
        Func<IEnumerable<PublicDocument>, byte[]> write)
    {
        var snapshot = catalog.Current;
        if (!MasterListQuery.TryParse(context.Request.Query, snapshot, out var query, out var error))
        {
            context.Items[ErrorMessage.Key] = error;
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Bogota).DateTime);
        return Results.File(write(MasterListFilter.Rows(snapshot, query)), contentType, $"Listado maestro {day:yyyy-MM-dd}.{extension}");
    }

    private static readonly TimeZoneInfo Bogota = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");
}
