using MipgTeams.Domain.Documents;

namespace MipgTeams.Search.Answers;

public enum AnswerKind
{
    /// <summary>Documents found by search or by code, best first.</summary>
    Documents,
    /// <summary>A fact from the model (a leader, a definition, a document's version), possibly with documents.</summary>
    Fact,
    /// <summary>Nothing matched well; suggestions may help.</summary>
    NoMatch,
    /// <summary>The question was empty or had nothing searchable (emoji only, punctuation).</summary>
    Empty,
}

/// <summary>A document in an answer, with what the card shows beside it.</summary>
public sealed record DocumentHit(Document Document, string? ProcessName, Document? NewerVersion);

/// <summary>The answer to a question, independent of how it is shown (Adaptive Card or plain text).</summary>
public sealed record Answer(
    AnswerKind Kind,
    string? Heading,
    string? Text,
    IReadOnlyList<DocumentHit> Documents,
    string? Passage,
    IReadOnlyList<string> Suggestions)
{
    public static Answer Empty { get; } = new(AnswerKind.Empty, null, null, [], null, []);

    public DocumentHit? Best => Documents.Count > 0 ? Documents[0] : null;

    public bool IsAnswered => Kind is AnswerKind.Documents or AnswerKind.Fact;
}
