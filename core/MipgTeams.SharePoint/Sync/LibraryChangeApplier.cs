using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain;
using MipgTeams.Domain.Documents;
using MipgTeams.Store.Sync;

namespace MipgTeams.SharePoint.Sync;

/// <summary>
/// Applies a page of a library's changes to the documents. Every document that changes, appears or disappears takes
/// the next change number, which is how each bot instance brings its search index up to date; unchanged ones keep
/// theirs. A full enumeration marks every item it lists, and its last page removes what it did not list.
/// </summary>
internal sealed class LibraryChangeApplier(LibraryItemMapper mapper, TimeProvider time)
{
    public async Task ApplyAsync(
        MipgDbContext db, SourceChangePage page, IReadOnlyList<SourceChange> changes, Dictionary<string, SourceItemRecord> records,
        Dictionary<string, Document> documents, IReadOnlyDictionary<string, PreparedContent> contents, SyncCounters counters,
        CancellationToken cancellationToken)
    {
        var container = page.Container.Id;
        var nextChange = await ChangeNumbers.NextAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        var macroprocesses = new MacroprocessLookup(db);

        foreach (var change in changes)
        {
            if (change is SourceItemDeleted)
            {
                RemoveDocument(documents, change.ItemId, ref nextChange, counters);
                MarkRecordRemoved(records, change.ItemId, now);
                continue;
            }
            var item = ((SourceItemUpserted)change).Item;
            if (item.IsFolder)
            {
                continue;
            }
            counters.Seen++;
            var record = Record(db, records, container, item, now);
            record.LastEnumeration = page.Enumeration ?? record.LastEnumeration;
            if (!mapper.TryMap(item, out var values, out var error))
            {
                record.Error = error;
                counters.Fail(error!);
                RemoveDocument(documents, item.Id, ref nextChange, counters);
                continue;
            }
            contents.TryGetValue(item.Id, out var content);
            record.ContentTag = item.ContentTag;
            // Unchanged content keeps the extraction outcome it had; a fixed mapping error is forgotten.
            record.Error = content is not null ? content.Error : documents.GetValueOrDefault(item.Id)?.ExtractionError;
            if (record.Error is not null)
            {
                counters.Fail(record.Error);
            }
            var macroprocess = await macroprocesses.ResolveAsync(values, cancellationToken);
            if (Upsert(documents, db, container, item, values, macroprocess, content, ref nextChange))
            {
                counters.Changed++;
            }
        }
    }

    /// <summary>
    /// After the last page of full enumeration <paramref name="enumeration"/> (its pages saved): the documents and items
    /// it did not list are gone. Run in that page's transaction, so the removal and the checkpoint that ends the
    /// enumeration are committed together.
    /// </summary>
    public async Task ReconcileAsync(MipgDbContext db, string container, string enumeration, SyncCounters counters, CancellationToken cancellationToken)
    {
        var nextChange = await ChangeNumbers.NextAsync(db, cancellationToken);
        var ghosts = await db.Documents
            .Where(d => d.SourceContainer == container && !d.IsRemoved
                && !db.SourceItems.Any(r => r.Container == container && r.ItemId == d.SourceItemId && r.LastEnumeration == enumeration && !r.IsRemoved))
            .ToListAsync(cancellationToken);
        foreach (var document in ghosts)
        {
            document.IsRemoved = true;
            document.ChangeNumber = nextChange++;
            counters.Removed++;
        }
        await db.SaveChangesAsync(cancellationToken);
        var now = time.GetUtcNow();
        await db.SourceItems
            .Where(r => r.Container == container && !r.IsRemoved && (r.LastEnumeration == null || r.LastEnumeration != enumeration))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.IsRemoved, true).SetProperty(r => r.LastSeenAt, now), cancellationToken);
    }

    private static bool Upsert(
        Dictionary<string, Document> documents, MipgDbContext db, string container, SourceItem item, LibraryItemValues values,
        string? macroprocess, PreparedContent? content, ref long nextChange)
    {
        if (!documents.TryGetValue(item.Id, out var document))
        {
            document = new Document { SourceContainer = container, SourceItemId = item.Id, Code = "", Title = "", ProcessCode = "", Path = "" };
            documents[item.Id] = document;
            db.Documents.Add(document);
        }
        var before = Snapshot(document);
        document.Code = values.Code.ToString();
        document.Type = values.Code.Type;
        document.Title = values.Title;
        document.Version = values.Version;
        document.Status = values.Status;
        document.ProcessCode = values.ProcessCode;
        document.MacroprocessCode = macroprocess;
        document.Path = item.Path;
        document.WebUrl = item.WebUrl;
        document.ApprovedOn = values.ApprovedOn;
        document.IsPublic = values.IsPublic;
        document.IsRemoved = false;
        if (content is not null)
        {
            document.ContentHash = content.ContentHash;
            document.Text = content.Text;
            document.ExtractionError = content.Error;
        }
        if (before == Snapshot(document) && document.Id != 0)
        {
            return false;
        }
        document.LastModified = item.LastModified;
        document.ChangeNumber = nextChange++;
        return true;
    }

    // What a change is, for search and answers: metadata and content, not the sync's bookkeeping.
    private static string Snapshot(Document d) =>
        string.Join('\u001f', d.Code, d.Title, d.Version, d.Status, d.ProcessCode, d.MacroprocessCode, d.Path, d.WebUrl, d.ApprovedOn, d.IsRemoved, d.ContentHash, d.IsPublic);

    private static void RemoveDocument(Dictionary<string, Document> documents, string itemId, ref long nextChange, SyncCounters counters)
    {
        if (documents.TryGetValue(itemId, out var document) && !document.IsRemoved)
        {
            document.IsRemoved = true;
            document.ChangeNumber = nextChange++;
            counters.Removed++;
        }
    }

    private static SourceItemRecord Record(MipgDbContext db, Dictionary<string, SourceItemRecord> records, string container, SourceItem item, DateTimeOffset now)
    {
        if (!records.TryGetValue(item.Id, out var record))
        {
            record = new SourceItemRecord { Container = container, ItemId = item.Id, Path = item.Path };
            records[item.Id] = record;
            db.SourceItems.Add(record);
        }
        record.Path = item.Path;
        record.IsRemoved = false;
        record.LastSeenAt = now;
        return record;
    }

    private static void MarkRecordRemoved(Dictionary<string, SourceItemRecord> records, string itemId, DateTimeOffset now)
    {
        if (records.TryGetValue(itemId, out var record))
        {
            record.IsRemoved = true;
            record.LastSeenAt = now;
        }
    }
}
