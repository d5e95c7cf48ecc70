using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace MipgTeams.Search.Analysis;

/// <summary>
/// Spanish analysis for documents and questions alike: lower case, accents folded (staff type "guia" for "guía"),
/// the office's synonyms expanded, stop words dropped, light Spanish stemming ("formatos" → "format"). The phonetic
/// field gets sound keys of the unstemmed words instead (<see cref="SpanishPhonetic"/>), for misspellings.
/// </summary>
public sealed class SpanishSearchAnalyzer(SynonymMap? synonyms) : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    /// <summary>The field analyzed into sound keys rather than stems.</summary>
    public const string PhoneticField = "phonetic";

    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet StopWords = FoldedStopWords();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        if (fieldName == PhoneticField)
        {
            return new TokenStreamComponents(tokenizer, new SpanishPhoneticFilter(new StopFilter(Version, stream, StopWords)));
        }
        if (synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        }
        stream = new StopFilter(Version, stream, StopWords);
        stream = new Lucene.Net.Analysis.Snowball.SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.SpanishStemmer());
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Reads Solr-format synonym rules; the rules are folded the same way as the text they apply to.</summary>
    public static SynonymMap LoadSynonyms(TextReader rules)
    {
        using var ruleAnalyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer)));
        });
        var parser = new SolrSynonymParser(dedup: true, expand: true, analyzer: ruleAnalyzer);
        parser.Parse(rules);
        return parser.Build();
    }

    private static CharArraySet FoldedStopWords()
    {
        var set = new CharArraySet(Version, 400, ignoreCase: true);
        foreach (var word in SpanishAnalyzer.DefaultStopSet)
        {
            set.Add(Domain.TextFolding.Fold(word?.ToString() ?? ""));
        }
        // Question words carry no meaning for search ("¿cuál es el formato…?").
        foreach (var word in new[] { "cual", "cuales", "donde", "que", "quien", "como", "cuanto", "cuantos", "hay", "tiene", "necesito", "busco", "quiero", "saber", "favor", "por", "documento", "documentos",
            // Asking verbs say what the person does, not what the document is about ("¿qué trámite hago?", "¿a quién llamo?").
            "hago", "hacer", "hace", "debo", "debe", "puedo", "pido", "pedir", "llamo", "aviso", "toca", "sirve", "me", "nos" })
        {
            set.Add(word);
        }
        return set;
    }
}
