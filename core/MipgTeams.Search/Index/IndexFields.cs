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

    /// <summary>The commit user-data key holding the last store change number applied.</summary>
    public const string Checkpoint = "checkpoint";
}
