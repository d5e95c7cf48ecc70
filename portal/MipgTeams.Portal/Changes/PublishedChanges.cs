using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Store;

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
        var rows = await db.ChangeRequests.AsNoTracking()
            .Where(r => r.DocumentCode == code && r.Status == ChangeRequestStatus.Published)
            .OrderByDescending(r => r.Id).Take(50)
            .Select(r => new { r.DocumentCode, r.Kind, r.Description, r.UpdatedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PublishedChange(r.DocumentCode!, r.Kind.Label(), r.Description, r.UpdatedAt))
            .OrderByDescending(c => c.PublishedAt).ToList();
    }

    /// <summary>The latest published change of each code among the most recent publications.</summary>
    internal async Task<IReadOnlyDictionary<string, PublishedChange>> LatestByCodeAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.ChangeRequests.AsNoTracking()
            .Where(r => r.DocumentCode != null && r.Status == ChangeRequestStatus.Published)
            .OrderByDescending(r => r.Id).Take(Recent)
            .Select(r => new { r.DocumentCode, r.Kind, r.Description, r.UpdatedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PublishedChange(r.DocumentCode!, r.Kind.Label(), r.Description, r.UpdatedAt))
            .GroupBy(c => c.DocumentCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.PublishedAt)!, StringComparer.Ordinal);
    }
}
