using MipgTeams.Portal.Catalog;
using MipgTeams.Portal.MasterList;

namespace MipgTeams.Portal.Pages;

/// <summary>Listado maestro: every current document (obsolete ones on a toggle), filtered, sorted, paged, downloadable.</summary>
public sealed class ListadoMaestroModel(PublicCatalog catalog) : PageModel
{
    internal PublicSnapshot Snapshot { get; private set; } = null!;

    internal MasterListQuery Query { get; private set; } = MasterListQuery.Default;

    internal MasterListResult Result { get; private set; } = null!;

    public IActionResult OnGet()
    {
        Snapshot = catalog.Current;
        if (!MasterListQuery.TryParse(Request.Query, Snapshot, out var query, out var error))
        {
            HttpContext.Items[ErrorMessage.Key] = error;
            return BadRequest();
        }
        var rows = MasterListFilter.Rows(Snapshot, query);
        var result = MasterListFilter.Page(rows, query.Page);
        if (query.Page > result.PageCount)
        {
            HttpContext.Items[ErrorMessage.Key] = $"La página {query.Page} no existe: el listado tiene {result.PageCount}.";
            return NotFound();
        }
        Query = query;
        Result = result;
        return Page();
    }

    internal string SortLink(MasterListColumn column) =>
        "/listado-maestro" + Query.ToQueryString(column, descending: Query.Sort == column && !Query.Descending, page: 1);

    internal string? AriaSort(MasterListColumn column) =>
        Query.Sort != column ? null : Query.Descending ? "descending" : "ascending";
}
