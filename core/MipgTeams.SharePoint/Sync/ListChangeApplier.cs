using MipgTeams.SharePoint.Sync.Lists;
using MipgTeams.Store.Sync;

namespace MipgTeams.SharePoint.Sync;

/// <summary>
/// Applies an admin list's changes through the list's mapper. Each row's record keeps the key of the entity it made,
/// so a deleted row removes exactly that entity. An admin list comes whole, as one page (lists are small), so a full
/// enumeration is reconciled against the page itself.
/// </summary>
internal sealed class ListChangeApplier(IEnumerable<IListMapper> mappers, TimeProvider time)
{
    private readonly Dictionary<ContainerKind, IListMapper> byKind = mappers.ToDictionary(m => m.Kind);

    public bool Handles(ContainerKind kind) => byKind.ContainsKey(kind);

    public async Task ApplyAsync(
        MipgDbContext db, SourceChangePage set, IReadOnlyList<SourceChange> changes, Dictionary<string, SourceItemRecord> records,
        SyncCounters counters, CancellationToken cancellationToken)
    {
        var mapper = byKind[set.Container.Kind];
        var now = time.GetUtcNow();
        var seen = new HashSet<string>();
        foreach (var change in changes)
        {
            seen.Add(change.ItemId);
            records.TryGetValue(change.ItemId, out var record);
            if (change is SourceItemDeleted)
            {
                await RemoveAsync(db, mapper, record, now, cancellationToken);
                continue;
            }
            var item = ((SourceItemUpserted)change).Item;
            counters.Seen++;
            if (record is { IsRemoved: false, Error: null } && record.ContentTag == item.ContentTag && item.ContentTag is not null)
            {
                continue;
            }
            string? error = null;
            var key = await mapper.UpsertAsync(db, item, e => error = e, cancellationToken);
            if (record is null)
            {
                record = new SourceItemRecord { Container = set.Container.Id, ItemId = item.Id, Path = key ?? "" };
                records[item.Id] = record;
                db.SourceItems.Add(record);
            }
            if (record.Path.Length > 0 && key is not null && record.Path != key)
            {
                // The row's key changed (a process code corrected): the entity under the old key goes.
                await mapper.RemoveAsync(db, record.Path, cancellationToken);
            }
            record.Path = key ?? record.Path;
            record.ContentTag = item.ContentTag;
            record.Error = error;
            record.IsRemoved = false;
            record.LastSeenAt = now;
            if (error is null)
            {
                counters.Changed++;
            }
            else
            {
                counters.Fail(error);
            }
        }
        if (set.IsFullEnumeration && set.IsLast)
        {
            foreach (var record in records.Values.Where(r => !seen.Contains(r.ItemId) && !r.IsRemoved).ToList())
            {
                await RemoveAsync(db, mapper, record, now, cancellationToken);
            }
        }
    }

    private static async Task RemoveAsync(MipgDbContext db, IListMapper mapper, SourceItemRecord? record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (record is null || record.IsRemoved)
        {
            return;
        }
        if (record.Path.Length > 0)
        {
            await mapper.RemoveAsync(db, record.Path, cancellationToken);
        }
        record.IsRemoved = true;
        record.LastSeenAt = now;
    }
}
