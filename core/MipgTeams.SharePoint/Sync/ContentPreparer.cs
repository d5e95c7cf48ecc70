using System.Collections.Concurrent;
using System.Security.Cryptography;
using MipgTeams.SharePoint.Extraction;
using MipgTeams.Store.Sync;

namespace MipgTeams.SharePoint.Sync;

/// <summary>
/// Downloads and extracts the files of one page whose content tag changed since the last sync, outside any
/// transaction (a slow download never holds the store's write lock), a few at a time: each file is hashed while it
/// streams in and held only until its text is extracted, so memory is bounded by the parallelism, not the library. An
/// item gone before its download counts as deleted.
/// </summary>
internal sealed class ContentPreparer(ISharePointSource source, ITextExtractor extractor, int parallelism)
{
    public async Task<(Dictionary<string, PreparedContent> Contents, HashSet<string> Gone)> PrepareAsync(
        SourceContainer container, IEnumerable<SourceItem> files, IReadOnlyDictionary<string, SourceItemRecord> records,
        ISet<string> itemsWithDocument, CancellationToken cancellationToken)
    {
        var changed = files.Where(item => !(records.TryGetValue(item.Id, out var record) && !record.IsRemoved
            && record.ContentTag == item.ContentTag && item.ContentTag is not null && itemsWithDocument.Contains(item.Id)));
        var contents = new ConcurrentDictionary<string, PreparedContent>(StringComparer.Ordinal);
        var gone = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(changed, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            try
            {
                contents[item.Id] = await DownloadAsync(container, item, ct);
            }
            catch (SourceItemGoneException)
            {
                gone[item.Id] = true;
            }
        });
        return (new Dictionary<string, PreparedContent>(contents, StringComparer.Ordinal), gone.Keys.ToHashSet(StringComparer.Ordinal));
    }

    private async Task<PreparedContent> DownloadAsync(SourceContainer container, SourceItem item, CancellationToken cancellationToken)
    {
        // Extractors need a seekable stream (zip, PDF cross-reference at the end): the file is kept while extracted.
        using var buffer = new MemoryStream();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var stream = await source.OpenContentAsync(container, item, cancellationToken))
        {
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                hash.AppendData(chunk, 0, read);
                buffer.Write(chunk, 0, read);
            }
        }
        buffer.Position = 0;
        var extraction = extractor.Extract(item.Name, buffer);
        return new PreparedContent(Convert.ToHexStringLower(hash.GetHashAndReset()), extraction.Text, extraction.Error is null ? null : $"{item.Path}: {extraction.Error}");
    }
}
