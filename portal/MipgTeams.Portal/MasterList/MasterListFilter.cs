using MipgTeams.Domain;
using MipgTeams.Domain.Documents;
using MipgTeams.Portal.Catalog;

namespace MipgTeams.Portal.MasterList;

/// <summary>Applies a <see cref="MasterListQuery"/> to the catalog: the rows of the master list, filtered and sorted.</summary>
internal static class MasterListFilter
{
    public static IReadOnlyList<PublicDocument> Rows(PublicSnapshot snapshot, MasterListQuery query)
    {
        IEnumerable<PublicDocument> rows = query.WithObsolete ? snapshot.All : snapshot.Current;
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
        return Sort(rows, query.Sort, query.Descending).ToList();
    }

    public static MasterListResult Page(IReadOnlyList<PublicDocument> rows, int page)
    {
        var pageCount = Math.Max(1, (rows.Count + MasterListResult.PageSize - 1) / MasterListResult.PageSize);
        return new MasterListResult(rows.Skip((page - 1) * MasterListResult.PageSize).Take(MasterListResult.PageSize).ToList(), rows.Count, page, pageCount);
    }

    // The code breaks ties, so the order is the same on every request and every page.
    private static IEnumerable<PublicDocument> Sort(IEnumerable<PublicDocument> rows, MasterListColumn column, bool descending)
    {
        var culture = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("es-CO"), ignoreCase: true);
        IOrderedEnumerable<PublicDocument> sorted = column switch
        {
            MasterListColumn.Title => By(rows, d => d.Document.Title, culture, descending),
            MasterListColumn.Type => By(rows, d => d.Document.Type.SpanishName(), culture, descending),
            MasterListColumn.Version => By(rows, d => d.Document.Version, VersionOrder.Instance, descending),
            MasterListColumn.ApprovedOn => By(rows, d => d.Document.ApprovedOn ?? DateOnly.MinValue, Comparer<DateOnly>.Default, descending),
            MasterListColumn.Process => By(rows, d => d.ProcessName, culture, descending),
            MasterListColumn.Macroprocess => By(rows, d => d.MacroprocessName, culture, descending),
            _ => By(rows, d => d.Document.Code, StringComparer.Ordinal, descending),
        };
        return sorted.ThenBy(d => d.Document.Code, StringComparer.Ordinal).ThenByDescending(d => d.Document.Version, VersionOrder.Instance);
    }

    private static IOrderedEnumerable<PublicDocument> By<TKey>(IEnumerable<PublicDocument> rows, Func<PublicDocument, TKey> key, IComparer<TKey> comparer, bool descending) =>
        descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
}
