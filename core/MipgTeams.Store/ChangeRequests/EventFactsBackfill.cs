using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;

namespace MipgTeams.Store.ChangeRequests;

/// <summary>
/// Fills the business days of <see cref="EventFacts"/> on events stored before those columns existed (their kind and
/// process are copied by the migration itself, in SQL). Business days need the Colombian calendar, which is code, so
/// this runs at start-up after the migrations, a batch per transaction; it does nothing once every event has them, and
/// two instances running it at once write the same values.
/// </summary>
internal static class EventFactsBackfill
{
    private const int Batch = 2000;

    public static async Task RunAsync(MipgDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        while (true)
        {
            var events = await db.ChangeRequestEvents
                .Where(e => EF.Property<int?>(e, EventFacts.TotalBusinessDays) == null)
                .OrderBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
            if (events.Count == 0)
            {
                return;
            }
            var ids = events.Select(e => e.ChangeRequestId).Distinct().ToList();
            var created = await db.ChangeRequests.AsNoTracking().Where(r => ids.Contains(r.Id))
                .ToDictionaryAsync(r => r.Id, r => r.CreatedAt, cancellationToken);
            var history = (await db.ChangeRequestEvents.AsNoTracking().Where(e => ids.Contains(e.ChangeRequestId))
                    .Select(e => new { e.ChangeRequestId, e.Version, e.At }).ToListAsync(cancellationToken))
                .ToDictionary(e => (e.ChangeRequestId, e.Version), e => e.At);
            foreach (var e in events)
            {
                int? step = history.TryGetValue((e.ChangeRequestId, e.Version - 1), out var previous) ? EventFacts.Days(previous, e.At) : null;
                EventFacts.Set(db.Entry(e), null, null, step, EventFacts.Days(created[e.ChangeRequestId], e.At));
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
