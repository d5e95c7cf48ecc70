namespace MipgTeams.Store.Questions;

/// <summary>
/// A question staff asked and how it went: unanswered and unhelpful ones tell the quality office what the
/// documentation is missing.
/// </summary>
public sealed class QuestionLog
{
    /// <summary>Made by the bot when it answers (version 7, time-ordered), so the card can carry it before the row is written.</summary>
    public Guid Id { get; set; }
    public DateTimeOffset AskedAt { get; set; }
    public string? UserAadObjectId { get; set; }
    public string? UserName { get; set; }
    /// <summary>The question as typed, capped.</summary>
    public required string Question { get; set; }
    public bool Answered { get; set; }
    /// <summary>The code of the first document offered, if any.</summary>
    public string? TopDocumentCode { get; set; }
    /// <summary>"¿Te sirvió?": null until the person says.</summary>
    public bool? Helpful { get; set; }
    /// <summary>The person asked to send it to the quality team.</summary>
    public bool SentToQualityTeam { get; set; }
}
