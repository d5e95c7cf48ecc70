namespace MipgTeams.Indicators.Queries;

public sealed record Questions(IReadOnlyList<QuestionCounts> ByQuarter, IReadOnlyList<QuestionTopic> TopUnanswered);
