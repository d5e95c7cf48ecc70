namespace MipgTeams.Search.Index;

/// <summary>The fields of a document in the index.</summary>
internal static class IndexFields
{
    public const string Id = "id";
    public const string Code = "code";
    public const string Title = "title";
    public const string Type = "type";
    public const string Process = "process";
    public const string Macroprocess = "macroprocess";
    public const string Body = "body";
    public const string Status = "status";

    /// <summary>Title and body as sound keys: matches the misspellings the stemmed fields miss, at a lower boost.</summary>
    public const string Phonetic = Analysis.SpanishSearchAnalyzer.PhoneticField;

    /// <summary>The commit user-data key holding the last store change number applied.</summary>
    public const string Checkpoint = "checkpoint";

    /// <summary>The commit user-data key holding the layout of the fields: an index of another layout is rebuilt.</summary>
    public const string Schema = "schema";

    /// <summary>Raised whenever fields or their analysis change (2: the phonetic field).</summary>
    public const string CurrentSchema = "2";
}
