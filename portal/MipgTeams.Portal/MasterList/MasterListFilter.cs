using MipgTeams.Domain;
using MipgTeams.Domain.Documents;
using MipgTeams.Portal.Catalog;

namespace MipgTeams.Portal.MasterList;

/// <summary>Applies a <see cref="MasterListQuery"/> to the catalog: the rows of the master list, filtered and sorted.</summary>
internal static class MasterListFilter
{
    public static IReadOnlyList<PublicDocument> Rows(PublicSnapshot snapshot, MasterListQuery query)
    {
        var ordered = snapshot.SortedBy(query.Sort, query.WithObsolete);
        IEnumerable<PublicDocument> rows = query.Descending ? Backwards(ordered) : ordered;
        if (query.Macroprocess is { } macro)
        {
            rows = rows.Where(d => d.MacroprocessCode == macro);
        }
        if (query.Process is { } process)
        {
            rows = rows.Where(d => d.Document.ProcessCode == process || d.Process?.ParentCode == process);
        }
        if (query.Type is { } type)
        {
            rows = rows.Where(d => d.Document.Type == type);
        }
        if (query.Text is { } text)
        {
            var words = TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            rows = rows.Where(d => words.All(w => d.Folded.Contains(w, StringComparison.Ordinal)));
        }
        return rows.ToList();
    }

    private static IEnumerable<PublicDocument> Backwards(IReadOnlyList<PublicDocument> rows)
    {
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            yield return rows[i];
        }
    }

    public static MasterListResult Page(IReadOnlyList<PublicDocument> rows, int page)
    {
        var pageCount = Math.Max(1, (rows.Count + MasterListResult.PageSize - 1) / MasterListResult.PageSize);
        return new MasterListResult(rows.Skip((page - 1) * MasterListResult.PageSize).Take(MasterListResult.PageSize).ToList(), rows.Count, page, pageCount);
    }

    private static readonly StringComparer Spanish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("es-CO"), ignoreCase: true);

    /// <summary>Ascending by the column; the code, then the newest version, break ties so every page is stable.</summary>
    internal static IEnumerable<PublicDocument> Sort(IEnumerable<PublicDocument> rows, MasterListColumn column)
    {
        IOrderedEnumerable<PublicDocument> sorted = column switch
        {
            MasterListColumn.Title => rows.OrderBy(d => d.Document.Title, Spanish),
            MasterListColumn.Type => rows.OrderBy(d => d.Document.Type.SpanishName(), Spanish),
            MasterListColumn.Version => rows.OrderBy(d => d.Document.Version, VersionOrder.Instance),
            MasterListColumn.ApprovedOn => rows.OrderBy(d => d.Document.ApprovedOn ?? DateOnly.MinValue),
            MasterListColumn.Process => rows.OrderBy(d => d.ProcessName, Spanish),
            MasterListColumn.Macroprocess => rows.OrderBy(d => d.MacroprocessName, Spanish),
            _ => rows.OrderBy(d => d.Document.Code, StringComparer.Ordinal),
        };
        return sorted.ThenBy(d => d.Document.Code, StringComparer.Ordinal).ThenByDescending(d => d.Document.Version, VersionOrder.Instance);
    }
}
