using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using MipgTeams.Domain.Documents;
using MipgTeams.Search.Index;

namespace MipgTeams.Search.Answers;

/// <summary>
/// Builds the Lucene query from analyzed terms, never from the user's raw text, so no query syntax a person types can
/// throw or change the meaning. Each term may match the title, type, process, macroprocess or body (the best field
/// counts), exactly or within one or two typos. A term that only a synonym brought weighs less than the person's own
/// words, and each word's sound key may match the phonetic field, at a lower boost, for the spellings people type.
/// </summary>
internal static class QueryBuilder
{
    private static readonly (string Field, float Boost)[] Fields =
    [
        (IndexFields.Title, 2f), (IndexFields.Type, 2f), (IndexFields.Process, 1.5f), (IndexFields.Macroprocess, 1f), (IndexFields.Body, 1.5f),
    ];

    private const float SynonymWeight = 0.7f;
    private const float SoundBoost = 0.6f;

    public static Query Build(IReadOnlyList<string> terms, IReadOnlyList<DocumentCode> codes, bool includeHistory, Func<string, bool>? isKnownTerm = null,
        IReadOnlySet<string>? literal = null, IReadOnlyDictionary<string, string>? soundOf = null)
    {
        var query = new BooleanQuery();
        var any = new BooleanQuery();
        foreach (var code in codes)
        {
            any.Add(new TermQuery(new Term(IndexFields.Code, code.ToString().ToLowerInvariant())) { Boost = 30f }, Occur.SHOULD);
        }
        foreach (var term in terms)
        {
            // Typo tolerance only for words the documents do not contain: a known word is taken as spelled right,
            // which keeps fuzzy expansion (the costly part of a query) to the few words that need it.
            var known = isKnownTerm?.Invoke(term) == true;
            var fuzzy = term.Length >= 5 && !term.Any(char.IsDigit) && !known;
            var best = new DisjunctionMaxQuery(0.3f);
            var automata = new List<CompiledAutomaton>();
            var weight = literal is null || literal.Contains(term) ? 1f : SynonymWeight;
            foreach (var (field, fieldBoost) in Fields)
            {
                var boost = fieldBoost * weight;
                best.Add(new TermQuery(new Term(field, term)) { Boost = boost });
                if (fuzzy)
                {
                    // Two slips only in the short fields: over the body's large vocabulary a two-edit automaton costs
                    // more than the rest of the query, and the sound key already forgives the common misspellings.
                    var edits = term.Length >= 8 && field != IndexFields.Body ? 2 : 1;
                    best.Add(new WordFuzzyQuery(new Term(field, term), edits, prefixLength: 1, automata) { Boost = boost * 0.4f });
                }
            }
            // The word's sound key is one more way for the same word to match, not one more word: for a misspelled
            // word only, since a word the documents use already matches them as written.
            if (soundOf?.GetValueOrDefault(term) is { Length: >= 4 } sound && !known)
            {
                best.Add(new TermQuery(new Term(IndexFields.Phonetic, sound)) { Boost = SoundBoost });
            }
            any.Add(best, Occur.SHOULD);
        }
        query.Add(any, Occur.MUST);
        if (!includeHistory)
        {
            // A required clause that adds nothing to the score: Lucene 4.8's way of filtering.
            query.Add(new TermQuery(new Term(IndexFields.Status, DocumentStatus.Current.Code())) { Boost = 0f }, Occur.MUST);
        }
        return query;
    }
}
