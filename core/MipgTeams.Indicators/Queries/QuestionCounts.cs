namespace MipgTeams.Indicators.Queries;

/// <summary>Questions asked to the bot in one quarter, and how they went.</summary>
public sealed record QuestionCounts(int Year, int Quarter, int Asked, int Answered, int Helpful, int Unhelpful, int SentToQualityTeam)
{
    public int Unanswered => Asked - Answered;

    /// <summary>Share (0–100) of 👍 among the rated answers; null when nobody rated.</summary>
    public double? HelpfulPercent => Helpful + Unhelpful == 0 ? null : Math.Round(100.0 * Helpful / (Helpful + Unhelpful), 1);
}
