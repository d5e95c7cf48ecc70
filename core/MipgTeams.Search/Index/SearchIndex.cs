using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using MipgTeams.Domain.Documents;
using MipgTeams.Search.Analysis;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace MipgTeams.Search.Index;

/// <summary>
/// The Lucene index on local disk: one writer, near-real-time searchers, and the store change number it reflects kept
/// in the commit, so a restarted instance resumes where it stopped.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly FSDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;

    public SearchIndex(string path, Analyzer analyzer)
    {
        Analyzer = analyzer;
        System.IO.Directory.CreateDirectory(path);
        directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(SpanishSearchAnalyzer.Version, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        Checkpoint = ReadCheckpoint(out var schema);
        if (Checkpoint > 0 && schema != IndexFields.CurrentSchema)
        {
            // Built with other fields or analysis: rebuilt from the store, which the updater does from checkpoint 0.
            Clear();
        }
    }

    public Analyzer Analyzer { get; }

    /// <summary>The last store change number this index includes.</summary>
    public long Checkpoint { get; private set; }

    public void Upsert(IndexedDocument indexed)
    {
        var document = indexed.Document;
        var id = document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (document.IsRemoved)
        {
            writer.DeleteDocuments(new Term(IndexFields.Id, id));
            return;
        }
        var fields = new LuceneDocument
        {
            new StringField(IndexFields.Id, id, Field.Store.NO),
            new NumericDocValuesField(IndexFields.Id, document.Id),
            new StringField(IndexFields.Code, document.Code.ToLowerInvariant(), Field.Store.NO),
            new TextField(IndexFields.Title, $"{document.Code} {document.Title}", Field.Store.NO),
            new TextField(IndexFields.Type, document.Type.SpanishName(), Field.Store.NO),
            new TextField(IndexFields.Process, $"{document.ProcessCode} {indexed.ProcessName}", Field.Store.NO),
            new TextField(IndexFields.Macroprocess, indexed.MacroprocessName ?? document.MacroprocessCode ?? "", Field.Store.NO),
            new TextField(IndexFields.Body, document.Text ?? "", Field.Store.NO),
            new TextField(IndexFields.Phonetic, $"{document.Title}\n{document.Text}", Field.Store.NO),
            new StringField(IndexFields.Status, document.Status.Code(), Field.Store.NO),
        };
        writer.UpdateDocument(new Term(IndexFields.Id, id), fields);
    }

    /// <summary>Makes the changes durable with the change number they bring the index to, and visible to searches.</summary>
    public void Commit(long checkpoint)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [IndexFields.Checkpoint] = checkpoint.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [IndexFields.Schema] = IndexFields.CurrentSchema,
        });
        writer.Commit();
        Checkpoint = checkpoint;
        searchers.MaybeRefreshBlocking();
    }

    /// <summary>
    /// Merges the index into one segment. Every query looks each of its terms up, and scores, segment by segment; a
    /// build commits batch by batch and leaves a dozen segments, which made each question look its words up a dozen
    /// times. Worth it after a build or a large catch-up, not after a few changes (the merge policy handles those).
    /// </summary>
    public void Compact()
    {
        writer.ForceMerge(1);
        writer.Commit();
        searchers.MaybeRefreshBlocking();
    }

    /// <summary>Empties the index (a rebuild from the store follows).</summary>
    public void Clear()
    {
        writer.DeleteAll();
        Commit(0);
    }

    public int Count
    {
        get
        {
            var searcher = searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                searchers.Release(searcher);
            }
        }
    }

    /// <summary>Runs a query on the current searcher; ids are the store's document ids, best first.</summary>
    public IReadOnlyList<(long Id, float Score)> Search(Query query, int count)
    {
        var searcher = searchers.Acquire();
        try
        {
            var top = searcher.Search(query, count);
            var results = new List<(long, float)>(top.ScoreDocs.Length);
            var leaves = searcher.IndexReader.Leaves;
            foreach (var hit in top.ScoreDocs)
            {
                // The id comes from doc values: loading stored fields would cost more than the search itself.
                var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                var ids = leaf.AtomicReader.GetNumericDocValues(IndexFields.Id);
                results.Add((ids.Get(hit.Doc - leaf.DocBase), hit.Score));
            }
            return results;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>True when some document has <paramref name="term"/> in the title or body: then it is probably spelled right.</summary>
    public bool IsKnownTerm(string term)
    {
        var searcher = searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            return reader.DocFreq(new Term(IndexFields.Body, term)) > 0 || reader.DocFreq(new Term(IndexFields.Title, term)) > 0;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>In how many documents <paramref name="term"/> occurs in the field, or else the body or title (0: the library never uses it).</summary>
    internal int DocFrequency(string term, string? field = null)
    {
        var searcher = searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            return field is not null ? reader.DocFreq(new Term(field, term))
                : Math.Max(reader.DocFreq(new Term(IndexFields.Body, term)), reader.DocFreq(new Term(IndexFields.Title, term)));
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public long SizeOnDiskBytes => directory.ListAll().Sum(f => directory.FileLength(f));

    private long ReadCheckpoint(out string? schema)
    {
        schema = null;
        if (!DirectoryReader.IndexExists(directory))
        {
            return 0;
        }
        var commits = DirectoryReader.ListCommits(directory);
        var data = commits[^1].UserData;
        schema = data.TryGetValue(IndexFields.Schema, out var layout) ? layout : null;
        return data.TryGetValue(IndexFields.Checkpoint, out var value) && long.TryParse(value, out var checkpoint) ? checkpoint : 0;
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
    }
}
