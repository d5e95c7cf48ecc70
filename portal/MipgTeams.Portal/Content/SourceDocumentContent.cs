using MipgTeams.Domain.Documents;
using MipgTeams.SharePoint.Source;

namespace MipgTeams.Portal.Content;

/// <summary>
/// Reads files through the sync's own source port: the folder source opens the file under <c>Folder:Root/library</c>,
/// the Graph source streams the drive item's content endpoint. The item is found by the ids the store keeps, never by
/// anything in the request.
/// </summary>
internal sealed class SourceDocumentContent(ISharePointSource source) : IDocumentContent
{
    public async Task<Stream?> OpenAsync(Document document, CancellationToken cancellationToken)
    {
        var container = source.Containers.FirstOrDefault(c => c.Id == document.SourceContainer && c.Kind == ContainerKind.DocumentLibrary);
        if (container is null || !IsInsideLibrary(document.Path))
        {
            return null;
        }
        var item = new SourceItem(document.SourceItemId, document.Path, Path.GetFileName(document.Path), new Dictionary<string, string?>(), null, document.LastModified, document.WebUrl);
        try
        {
            return await source.OpenContentAsync(container, item, cancellationToken);
        }
        catch (SourceItemGoneException)
        {
            return null;
        }
    }

    // The path comes from the store, but a folder library on disk must never be left, whatever a file was named.
    private static bool IsInsideLibrary(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        return !Path.IsPathRooted(path) && parts.All(p => p is not ".." and not ".");
    }
}
