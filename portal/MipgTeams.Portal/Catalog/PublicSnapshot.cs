using MipgTeams.Domain.Mipg;
using MipgTeams.Domain.Processes;

namespace MipgTeams.Portal.Catalog;

/// <summary>
/// Everything the pages read, built once per change of the catalog: public documents by code and by process, the
/// process tree and the MIPG lists. Immutable, so requests read it without locks.
/// </summary>
internal sealed class PublicSnapshot
{
    public PublicSnapshot(IEnumerable<PublicDocument> documents, IReadOnlyList<Process> processes, IReadOnlyList<Macroprocess> macroprocesses,
        IReadOnlyList<MipgDimension> dimensions, IReadOnlyList<MipgPolicy> policies)
    {
        All = documents.OrderBy(d => d.Document.Code, StringComparer.Ordinal)
            .ThenByDescending(d => d.Document.Version, VersionOrder.Instance).ToList();
        Current = All.Where(d => d.IsCurrent).ToList();
        ById = All.ToDictionary(d => d.Document.Id);
        ByCode = All.GroupBy(d => d.Document.Code, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<PublicDocument>)g.OrderByDescending(d => d.IsCurrent).ThenByDescending(d => d.Document.Version, VersionOrder.Instance).ToList(),
            StringComparer.Ordinal);
        CurrentByProcess = Current.GroupBy(d => d.Document.ProcessCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PublicDocument>)g.ToList(), StringComparer.Ordinal);
        Recent = Current.OrderByDescending(d => d.PublishedOn).ThenByDescending(d => d.Document.LastModified)
            .ThenBy(d => d.Document.Code, StringComparer.Ordinal).Take(RecentCount).ToList();
        Processes = processes.OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        ProcessByCode = processes.ToDictionary(p => p.Code, StringComparer.Ordinal);
        Macroprocesses = macroprocesses.OrderBy(m => m.Name, StringComparer.CurrentCulture).ToList();
        MacroprocessByCode = macroprocesses.ToDictionary(m => m.Code, StringComparer.Ordinal);
        Dimensions = dimensions.OrderBy(d => d.Number).ToList();
        PoliciesByDimension = policies.OrderBy(p => p.Number).GroupBy(p => p.DimensionNumber)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<MipgPolicy>)g.ToList());
        PolicyCount = policies.Count;
    }

    public const int RecentCount = 50;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(MasterList.MasterListColumn, bool), IReadOnlyList<PublicDocument>> sorted = new();

    /// <summary>
    /// Current (or all) documents in a column's ascending order, sorted once per snapshot: a request then only filters,
    /// pages and, when descending, reads backwards.
    /// </summary>
    public IReadOnlyList<PublicDocument> SortedBy(MasterList.MasterListColumn column, bool withObsolete) =>
        sorted.GetOrAdd((column, withObsolete), key => MasterList.MasterListFilter.Sort(key.Item2 ? All : Current, key.Item1).ToList());

    /// <summary>Every public document (current and obsolete), by code then newest version first.</summary>
    public IReadOnlyList<PublicDocument> All { get; }

    public IReadOnlyList<PublicDocument> Current { get; }

    public IReadOnlyDictionary<long, PublicDocument> ById { get; }

    /// <summary>The versions of each code: the current one first, then the obsolete ones, newest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PublicDocument>> ByCode { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<PublicDocument>> CurrentByProcess { get; }

    /// <summary>The latest publications, newest first.</summary>
    public IReadOnlyList<PublicDocument> Recent { get; }

    public IReadOnlyList<Process> Processes { get; }

    public IReadOnlyDictionary<string, Process> ProcessByCode { get; }

    public IReadOnlyList<Macroprocess> Macroprocesses { get; }

    public IReadOnlyDictionary<string, Macroprocess> MacroprocessByCode { get; }

    public IReadOnlyList<MipgDimension> Dimensions { get; }

    public IReadOnlyDictionary<int, IReadOnlyList<MipgPolicy>> PoliciesByDimension { get; }

    public int PolicyCount { get; }

    /// <summary>The main processes of a macroprocess (not subprocesses), by name.</summary>
    public IEnumerable<Process> ProcessesOf(string macroprocessCode) =>
        Processes.Where(p => p.MacroprocessCode == macroprocessCode && !p.IsSubprocess);

    public IEnumerable<Process> SubprocessesOf(string processCode) => Processes.Where(p => p.ParentCode == processCode);

    public IReadOnlyList<PublicDocument> CurrentOf(string processCode) =>
        CurrentByProcess.TryGetValue(processCode, out var documents) ? documents : [];

    /// <summary>The version a document page shows: the current one, or the newest obsolete one when none is current.</summary>
    public PublicDocument? Principal(string code) => ByCode.TryGetValue(code, out var versions) ? versions[0] : null;
}
