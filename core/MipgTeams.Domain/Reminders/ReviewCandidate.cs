namespace MipgTeams.Domain.Reminders;

/// <summary>A current (vigente) document with the date its version was approved, which starts its review clock.</summary>
public sealed record ReviewCandidate(string DocumentCode, string Title, string ProcessCode, DateOnly ApprovedOn, string? WebUrl);
