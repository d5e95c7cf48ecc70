namespace MipgTeams.SharePoint.Publishing;

/// <summary>A file of the library as the publisher sees it: its item id, path, content tag (as the sync stores it), and eTag.</summary>
public sealed record LibraryFile(string Id, string Path, string? ContentTag, string? ETag, string? WebUrl);
