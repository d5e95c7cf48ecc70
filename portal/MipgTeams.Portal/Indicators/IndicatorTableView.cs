using MipgTeams.Indicators.Tables;

namespace MipgTeams.Portal.Indicators;

/// <summary>A table as the page shows it, with the addresses of its CSV and JSON feeds for the same filter.</summary>
internal sealed record IndicatorTableView(IndicatorTable Table, string Csv, string Json);
