using Microsoft.EntityFrameworkCore;
using MipgTeams.Store;
using MipgTeams.Store.Publishing;

namespace MipgTeams.Indicators.Queries;

/// <summary>
/// Versions published in the period (publication jobs that reached Published) with the count in SQL; the latest
/// <see cref="Listed"/> are read with their process's leader and Socializar list, the requester, and who read them, so
/// the share is computed over a bounded set. The audience is the one the publication announces to.
/// </summary>
internal static class SocializationQuery
{
    public const int Listed = 30;

    public static async Task<Socialization> RunAsync(MipgDbContext db, IndicatorFilter filter, CancellationToken cancellationToken)
    {
        var b = PeriodBounds.Of(filter);
        var published =
            from j in db.PublicationJobs.AsNoTracking()
            where j.Status == PublicationJobStatus.Published && j.PublishedAt >= b.Start && j.PublishedAt < b.End
            join r in Scope.Requests(db, filter) on j.ChangeRequestId equals r.Id
            select new { j.ChangeRequestId, j.DocumentCode, j.ToVersion, j.ProcessCode, j.PublishedAt, Requester = r.Requester.EntraObjectId };
        var count = await published.CountAsync(cancellationToken);
        var latest = await published.OrderByDescending(x => x.PublishedAt).ThenByDescending(x => x.ChangeRequestId).Take(Listed).ToListAsync(cancellationToken);
        var ids = latest.Select(x => x.ChangeRequestId).ToList();
        var readers = (await db.Acknowledgments.AsNoTracking().Where(a => ids.Contains(a.ChangeRequestId))
                .Select(a => new { a.ChangeRequestId, a.ObjectId }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ChangeRequestId, a => a.ObjectId.ToLowerInvariant());
        var processes = await db.Processes.AsNoTracking().ToDictionaryAsync(p => p.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);

        var versions = latest.Select(x =>
        {
            var process = processes.GetValueOrDefault(x.ProcessCode);
            IEnumerable<string?> named = [process?.Leader?.EntraObjectId, x.Requester, .. Split(process?.AnnounceTo).Where(e => Guid.TryParse(e, out _))];
            var audience = named.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!.ToLowerInvariant()).ToHashSet();
            var read = readers[x.ChangeRequestId].ToHashSet();
            return new SocializedVersion(x.ChangeRequestId, x.DocumentCode ?? $"Solicitud #{x.ChangeRequestId}", x.ToVersion, process?.Name ?? x.ProcessCode,
                x.PublishedAt!.Value, audience.Count, audience.Count(read.Contains), read.Count);
        }).ToList();
        return new Socialization(versions, count);
    }

    private static string[] Split(string? text) =>
        (text ?? "").Split([';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
