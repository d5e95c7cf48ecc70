namespace MipgTeams.SharePoint.Sync;

/// <summary>The content of a changed file, downloaded and extracted before the transaction that stores it opens.</summary>
internal sealed record PreparedContent(string ContentHash, string? Text, string? Error);
