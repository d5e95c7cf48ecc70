using Lucene.Net.Index;
using Lucene.Net.Search;
using MipgTeams.Search.Index;

namespace MipgTeams.Search.Tests.Answers;

/// <summary>
/// A misspelled word's automata are built once and shared by its queries on every field: the documents found, and their
/// scores, must be exactly those of Lucene's own fuzzy query.
/// </summary>
public sealed class WordFuzzyQueryTests(SearchFixture search) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("conciliasion", 1)]
    [InlineData("presupuestl", 1)]
    [InlineData("conciliasion", 2)]
    [InlineData("petisiones", 2)]
    public void Sharing_the_automata_finds_what_lucene_finds_in_every_field(string word, int edits)
    {
        // As the engine asks: the word analyzed (folded, stemmed) as the index holds its terms.
        var term = MipgTeams.Search.Analysis.Terms.Of(search.Index.Analyzer, word).Single();
        string[] fields = [IndexFields.Title, IndexFields.Type, IndexFields.Process, IndexFields.Macroprocess, IndexFields.Body];
        var shared = new List<Lucene.Net.Util.Automaton.CompiledAutomaton>();
        var ours = new DisjunctionMaxQuery(0.3f);
        var lucene = new DisjunctionMaxQuery(0.3f);
        foreach (var field in fields)
        {
            ours.Add(new WordFuzzyQuery(new Term(field, term), edits, prefixLength: 1, shared));
            lucene.Add(new FuzzyQuery(new Term(field, term), edits, prefixLength: 1));
        }

        var found = search.Index.Search(ours, 50);

        Assert.NotEmpty(found);
        Assert.Equal(search.Index.Search(lucene, 50), found);
        Assert.NotEmpty(shared);
    }
}
