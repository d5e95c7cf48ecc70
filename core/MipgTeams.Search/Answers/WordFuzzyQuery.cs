using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace MipgTeams.Search.Answers;

/// <summary>
/// A <see cref="FuzzyQuery"/> that shares its word's Levenshtein automata with the same word's queries on the other
/// fields. Lucene builds the automata per query, from the word alone, so a misspelled word searched in five fields built
/// the same automata five times: that was 40 % of answering such a question. <c>shared</c> holds the word's automata,
/// built by the first of its queries to run and read by the others.
/// </summary>
internal sealed class WordFuzzyQuery(Term term, int maxEdits, int prefixLength, List<CompiledAutomaton> shared) : FuzzyQuery(term, maxEdits, prefixLength)
{
    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts)
    {
        // FuzzyTermsEnum builds only the edit distances missing from this attribute's list, and reads the rest from it.
        var automata = atts.AddAttribute<FuzzyTermsEnum.ILevenshteinAutomataAttribute>().Automata;
        for (var i = automata.Count; i < shared.Count; i++)
        {
            automata.Add(shared[i]);
        }
        var enumerator = base.GetTermsEnum(terms, atts);
        for (var i = shared.Count; i < automata.Count; i++)
        {
            shared.Add(automata[i]);
        }
        return enumerator;
    }
}
