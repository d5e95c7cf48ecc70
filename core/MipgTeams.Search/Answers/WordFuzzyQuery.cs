using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace MipgTeams.Search.Answers;

/// <summary>
/// A <see cref="FuzzyQuery"/> that shares its word's Levenshtein automata with the same word's queries on the other
/// fields. Lucene builds the automata per query, from the word alone, so a misspelled word searched in five fields built
/// the same automata five times: that was 40 % of answering such a question.
/// </summary>
internal sealed class WordFuzzyQuery(Term term, int maxEdits, int prefixLength, WordFuzzyQuery.Automata shared) : FuzzyQuery(term, maxEdits, prefixLength)
{
    /// <summary>The automata of one word (same text, same prefix length), built by the first of its queries to run.</summary>
    internal sealed class Automata
    {
        public List<CompiledAutomaton> Built { get; set; } = [];
    }

    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts)
    {
        // FuzzyTermsEnum builds only the edit distances missing from this attribute's list, and reads the rest from it.
        var automata = atts.AddAttribute<FuzzyTermsEnum.ILevenshteinAutomataAttribute>().Automata;
        for (var i = automata.Count; i < shared.Built.Count; i++)
        {
            automata.Add(shared.Built[i]);
        }
        var enumerator = base.GetTermsEnum(terms, atts);
        if (automata.Count > shared.Built.Count)
        {
            shared.Built = [.. automata];
        }
        return enumerator;
    }
}
