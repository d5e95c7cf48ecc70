namespace MipgTeams.SharePoint.Source;

/// <summary>
/// A file of a library or a row of a list, with its column values as SharePoint names them (the admin's names,
/// mapped to the model by configuration). <paramref name="ContentTag"/> changes exactly when the content changes
/// (Graph cTag, or a hash for the folder source), so unchanged content is never downloaded again.
/// </summary>
public sealed record SourceItem(
    string Id,
    string Path,
    string Name,
    IReadOnlyDictionary<string, string?> Fields,
    string? ContentTag,
    DateTimeOffset LastModified,
    string? WebUrl,
    bool IsFolder = false);
