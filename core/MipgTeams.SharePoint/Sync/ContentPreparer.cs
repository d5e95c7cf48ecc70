using System.Security.Cryptography;
using MipgTeams.SharePoint.Extraction;
using MipgTeams.SharePoint.Source;
using MipgTeams.Store.Sync;

namespace MipgTeams.SharePoint.Sync;

/// <summary>
/// Downloads and extracts only the files whose content tag changed since the last sync, outside any transaction, so
/// a slow download never holds the store's write lock. An item gone before its download counts as deleted.
/// </summary>
internal sealed class ContentPreparer(ISharePointSource source, ITextExtractor extractor)
{
    public async Task<(Dictionary<string, PreparedContent> Contents, HashSet<string> Gone)> PrepareAsync(
        SourceContainer container, IEnumerable<SourceItem> files, IReadOnlyDictionary<string, SourceItemRecord> records,
        ISet<string> itemsWithDocument, CancellationToken cancellationToken)
    {
        var contents = new Dictionary<string, PreparedContent>();
        var gone = new HashSet<string>();
        foreach (var item in files)
        {
            var unchanged = records.TryGetValue(item.Id, out var record) && !record.IsRemoved
                && record.ContentTag == item.ContentTag && item.ContentTag is not null && itemsWithDocument.Contains(item.Id);
            if (unchanged)
            {
                continue;
            }
            try
            {
                contents[item.Id] = await DownloadAsync(container, item, cancellationToken);
            }
            catch (SourceItemGoneException)
            {
                gone.Add(item.Id);
            }
        }
        return (contents, gone);
    }

    private async Task<PreparedContent> DownloadAsync(SourceContainer container, SourceItem item, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var stream = await source.OpenContentAsync(container, item, cancellationToken))
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        buffer.Position = 0;
        var extraction = extractor.Extract(item.Name, buffer);
        return new PreparedContent(hash, extraction.Text, extraction.Error is null ? null : $"{item.Path}: {extraction.Error}");
    }
}
