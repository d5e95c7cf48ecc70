namespace MipgTeams.SharePoint.Extraction;

/// <param name="Text">The text, capped at <see cref="TextExtractor.MaxChars"/>; null when there is none.</param>
/// <param name="Error">Why the file could not be read, for the admins' sync report; null when it was read.</param>
public sealed record ExtractionResult(string? Text, string? Error)
{
    public static ExtractionResult None { get; } = new(null, null);
}
