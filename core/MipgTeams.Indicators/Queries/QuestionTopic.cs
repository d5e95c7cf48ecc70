namespace MipgTeams.Indicators.Queries;

/// <summary>An unanswered question as asked (lower case, trimmed), and how many times it was asked in the period.</summary>
public sealed record QuestionTopic(string Question, int Count);
