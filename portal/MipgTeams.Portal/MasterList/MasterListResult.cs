using MipgTeams.Portal.Catalog;

namespace MipgTeams.Portal.MasterList;

/// <summary>One page of the filtered, sorted master list, and how many rows the filters keep in all.</summary>
internal sealed record MasterListResult(IReadOnlyList<PublicDocument> Rows, int Total, int Page, int PageCount)
{
    public const int PageSize = 50;
}
