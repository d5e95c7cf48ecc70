using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace MipgTeams.Search.Analysis;

/// <summary>Replaces each token by its <see cref="SpanishPhonetic"/> key (the index's spelling-tolerant field).</summary>
internal sealed class SpanishPhoneticFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public SpanishPhoneticFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var key = SpanishPhonetic.Key(term.ToString());
        term.SetEmpty().Append(key);
        return true;
    }
}
