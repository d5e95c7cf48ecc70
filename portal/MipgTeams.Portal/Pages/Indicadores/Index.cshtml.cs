using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MipgTeams.Indicators;
using MipgTeams.Indicators.Tables;
using MipgTeams.Portal.Catalog;
using MipgTeams.Portal.Indicators;

namespace MipgTeams.Portal.Pages.Indicadores;

/// <summary>
/// /indicadores: every indicator for the filter, each chart with its numbers in a table beside it, for the quality team
/// and the committee only (the policy runs before this handler, so nobody else gets a number).
/// </summary>
[Authorize(Policy = IndicatorAccessRequirement.Policy)]
public sealed class IndexModel(IndicatorReportCache queries, PublicCatalog catalog) : PageModel
{
    internal PublicSnapshot Snapshot { get; private set; } = null!;

    internal IndicatorReport Report { get; private set; } = null!;

    internal int CurrentYear { get; private set; }

    internal string Filters => IndicatorQuery.ToQueryString(Report.Filter);

    internal string Description => IndicatorQuery.Describe(Report.Filter, Snapshot);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Snapshot = catalog.Current;
        CurrentYear = queries.CurrentYear;
        if (!IndicatorQuery.TryParse(Request.Query, Snapshot, CurrentYear, out var filter, out var error))
        {
            HttpContext.Items[ErrorMessage.Key] = error;
            return BadRequest();
        }
        Report = await queries.LoadAsync(filter, cancellationToken);
        return Page();
    }

    internal IndicatorTableView Table(IndicatorTableDefinition table) =>
        new(table.From(Report), $"{IndicatorFeeds.FeedPrefix}{table.Name}.csv{Filters}", $"{IndicatorFeeds.FeedPrefix}{table.Name}.json{Filters}");
}
