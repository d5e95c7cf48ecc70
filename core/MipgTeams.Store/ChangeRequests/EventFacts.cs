using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Reminders;
using MipgTeams.Domain.Time;

namespace MipgTeams.Store.ChangeRequests;

/// <summary>
/// What the indicators read from each audit event without joining anything: the request's kind and process when the
/// event was stored (final for a validation, after which a request never changes), the business days since the previous
/// event (the step the event ends; null for the submission) and since the request was first submitted. Shadow columns of
/// <c>ChangeRequestEvents</c>, stamped here in the same SaveChanges as the event itself, so they never disagree with
/// the events; <see cref="EventFactsBackfill"/> fills them for events stored before they existed.
/// </summary>
public static class EventFacts
{
    public const string Kind = "Kind";
    public const string ProcessCode = "ProcessCode";
    public const string StepBusinessDays = "StepBusinessDays";
    public const string TotalBusinessDays = "TotalBusinessDays";

    /// <summary>Business days after the start's Bogotá date up to the end's: same day is 0, Friday to Monday is 1.</summary>
    public static int Days(DateTimeOffset started, DateTimeOffset ended) =>
        BusinessCalendar.BusinessDaysBetween(BogotaTime.DateOf(started), BogotaTime.DateOf(ended));

    /// <summary>
    /// Stamps the facts on every event about to be inserted, in version order per request. A request whose kind or process
    /// changed (a resubmission with amended details) has its stored events loaded and restamped in the same SaveChanges,
    /// so the indicators filtered by process count every event of a request under its process now.
    /// </summary>
    internal static async Task StampAsync(DbContext db, CancellationToken cancellationToken)
    {
        foreach (var request in db.ChangeTracker.Entries<ChangeRequest>().ToList())
        {
            if (request.State is not (EntityState.Added or EntityState.Modified or EntityState.Unchanged))
            {
                continue;
            }
            if (request.State == EntityState.Modified
                && (request.Property(r => r.Kind).IsModified || request.Property(r => r.ProcessCode).IsModified))
            {
                await request.Collection(r => r.Events).LoadAsync(cancellationToken);
                foreach (var stored in request.Entity.Events.Where(e => db.Entry(e).State != EntityState.Added))
                {
                    db.Entry(stored).Property<ChangeKind?>(Kind).CurrentValue = request.Entity.Kind;
                    db.Entry(stored).Property<string?>(ProcessCode).CurrentValue = request.Entity.ProcessCode;
                }
            }
            var added = request.Entity.Events.Where(e => db.Entry(e).State == EntityState.Added).OrderBy(e => e.Version).ToList();
            if (added.Count == 0)
            {
                continue;
            }
            // Every transition stamps UpdatedAt, so the stored request's value is when its last stored event happened.
            DateTimeOffset? previous = request.State == EntityState.Added || added[0].Version == 1
                ? null
                : request.Property(r => r.UpdatedAt).OriginalValue;
            foreach (var e in added)
            {
                var entry = db.Entry(e);
                Set(entry, request.Entity.Kind, request.Entity.ProcessCode,
                    previous is { } started ? Days(started, e.At) : null, Days(request.Entity.CreatedAt, e.At));
                previous = e.At;
            }
        }
    }

    internal static void Set(EntityEntry<ChangeRequestEvent> entry, ChangeKind? kind, string? processCode, int? stepDays, int totalDays)
    {
        if (kind is not null)
        {
            entry.Property<ChangeKind?>(Kind).CurrentValue = kind;
            entry.Property<string?>(ProcessCode).CurrentValue = processCode;
        }
        entry.Property<int?>(StepBusinessDays).CurrentValue = stepDays;
        entry.Property<int?>(TotalBusinessDays).CurrentValue = totalDays;
    }
}
