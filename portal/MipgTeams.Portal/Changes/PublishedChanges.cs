using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Store;
using MipgTeams.Store.Publishing;

namespace MipgTeams.Portal.Changes;

/// <summary>
/// The published change requests, read from the store: only their kind, description and date. Who asked, approved or
/// validated, and every request still open, stay in Teams.
/// </summary>
public sealed class PublishedChanges(IDbContextFactory<MipgDbContext> dbFactory)
{
    private const int Recent = 200;

    /// <summary>The published changes of one document, newest first.</summary>
    internal async Task<IReadOnlyList<PublishedChange>> OfDocumentAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await InLibrary(db).Where(c => c.DocumentCode == code).Take(50).ToListAsync(cancellationToken);
        return rows.Select(Described).OrderByDescending(c => c.PublishedAt).ToList();
    }

    /// <summary>The latest published change of each code among the most recent publications.</summary>
    internal async Task<IReadOnlyDictionary<string, PublishedChange>> LatestByCodeAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await InLibrary(db).Where(c => c.DocumentCode != null).Take(Recent).ToListAsync(cancellationToken);
        return rows.Select(Described)
            .GroupBy(c => c.DocumentCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.PublishedAt)!, StringComparer.Ordinal);
    }

    /// <summary>
    /// Validated requests whose change is in the library: their publication job is done (a validation whose job is
    /// waiting, retrying or stopped changed nothing yet), or they were published before publication jobs existed. A
    /// new document's code is the job's, allocated when it was published; its date is the publication's.
    /// </summary>
    private static IQueryable<Row> InLibrary(MipgDbContext db) =>
        from r in db.ChangeRequests.AsNoTracking()
        join j in db.PublicationJobs.AsNoTracking() on r.Id equals j.ChangeRequestId into jobs
        from j in jobs.DefaultIfEmpty()
        where r.Status == ChangeRequestStatus.Published && (j == null || j.Status == PublicationJobStatus.Published)
        orderby r.Id descending
        select new Row
        {
            DocumentCode = j == null ? r.DocumentCode : j.DocumentCode ?? r.DocumentCode,
            Kind = r.Kind,
            Description = r.Description,
            PublishedAt = j == null ? r.UpdatedAt : j.PublishedAt ?? r.UpdatedAt,
        };

    private static PublishedChange Described(Row row) => new(row.DocumentCode!, row.Kind.Label(), row.Description, row.PublishedAt);

    // Set through an initializer, not a constructor: EF Core filters on a projection's members only then.
    private sealed class Row
    {
        public string? DocumentCode { get; init; }
        public ChangeKind Kind { get; init; }
        public string Description { get; init; } = "";
        public DateTimeOffset PublishedAt { get; init; }
    }
}
