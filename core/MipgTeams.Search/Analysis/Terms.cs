using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace MipgTeams.Search.Analysis;

internal static class Terms
{
    /// <summary>The analyzed terms of a text (folded, synonyms expanded, stemmed), distinct, in order.</summary>
    public static List<string> Of(Analyzer analyzer, string text, int max = 48, string field = "body")
    {
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && terms.Count < max)
        {
            var value = term.ToString();
            if (value.Length > 0 && seen.Add(value))
            {
                terms.Add(value);
            }
        }
        stream.End();
        return terms;
    }
}
