using System.Collections.Concurrent;

namespace MipgTeams.Search.Index;

/// <summary>
/// The library's vocabulary, each stem and sound key numbered once. Documents keep their terms as sorted numbers
/// instead of sets of strings: at 10,000 documents the per-line string sets were most of the process's memory (every
/// line its own copy of "proceso", "gestion", …), the numbers are a few bytes each.
/// </summary>
internal sealed class TermIds
{
    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
    private int last;

    /// <summary>The term's number, given now if the term is new. Numbers are never reused: the vocabulary only grows.</summary>
    public int Of(string term) => ids.TryGetValue(term, out var id) ? id : ids.GetOrAdd(term, _ => Interlocked.Increment(ref last));

    /// <summary>False when no document has ever had the term: then no line holds it.</summary>
    public bool TryFind(string term, out int id) => ids.TryGetValue(term, out id);

    /// <summary>The distinct terms' numbers, sorted, for <see cref="TermSet"/>.</summary>
    public TermSet SetOf(IEnumerable<string> terms)
    {
        var numbers = terms.Select(Of).Distinct().ToArray();
        // Sorted, so that a line is asked by binary search.
        Array.Sort(numbers);
        return new TermSet(this, numbers);
    }
}

/// <summary>A line's stems or sound keys as sorted term numbers; asked by term, as the string set it replaces was.</summary>
internal readonly struct TermSet(TermIds vocabulary, int[] numbers)
{
    public int Count => numbers.Length;

    public bool Contains(string term) => vocabulary.TryFind(term, out var id) && Array.BinarySearch(numbers, id) >= 0;
}
