using MipgTeams.Domain.Time;
using MipgTeams.Store;
using MipgTeams.Store.Publishing;

namespace MipgTeams.Bot.ChangeRequests.Reports;

/// <summary>
/// Builds the committee report from the audit trail: requests that moved in the period, published ones first, each
/// validated one with its publication (old → new version) and how many people acknowledged the new version.
/// </summary>
internal sealed class CommitteeReportBuilder(IDbContextFactory<MipgDbContext> dbFactory)
{
    public async Task<CommitteeReport> BuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = BogotaTime.StartOf(from);
        var end = BogotaTime.StartOf(to.AddDays(1));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = await db.ChangeRequestEvents.AsNoTracking().Where(e => e.At >= start && e.At < end)
            .Select(e => e.ChangeRequestId).Distinct().ToListAsync(cancellationToken);
        var requests = await db.ChangeRequests.AsNoTracking().Include(r => r.Events).Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var jobs = await db.PublicationJobs.AsNoTracking().Where(j => ids.Contains(j.ChangeRequestId)).ToDictionaryAsync(j => j.ChangeRequestId, cancellationToken);
        var reads = await db.Acknowledgments.AsNoTracking().Where(a => ids.Contains(a.ChangeRequestId))
            .GroupBy(a => a.ChangeRequestId).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
        var rows = requests
            .OrderBy(r => r.Status == ChangeRequestStatus.Published ? 0 : 1).ThenBy(r => r.Id)
            .Select(r => Row(r, jobs.GetValueOrDefault(r.Id), reads.GetValueOrDefault(r.Id))).ToList();
        return new CommitteeReport(from, to, rows);
    }

    private static CommitteeReportRow Row(ChangeRequest r, PublicationJob? job, int reads)
    {
        var approved = r.Events.Where(e => e.Type == ChangeRequestEventType.ApprovedByLeader).MaxBy(e => e.Version);
        var validated = r.Events.Where(e => e.Type == ChangeRequestEventType.ValidatedByQuality).MaxBy(e => e.Version);
        var lastComment = r.Events.Where(e => e.Comment is not null).MaxBy(e => e.Version)?.Comment;
        // Acknowledgments only count once the version is out; before that the count would read as "nobody read it".
        int? readBy = job?.Status == PublicationJobStatus.Published ? reads : null;
        return new CommitteeReportRow(r.Id, r.DocumentCode ?? job?.DocumentCode, r.Title, r.ProcessCode, r.Kind, r.Description, r.Reason, r.Requester.DisplayName,
            r.Status, r.CreatedAt, approved?.ActorName, approved?.At, validated?.ActorName, validated?.At, lastComment, r.DraftUrl,
            job?.FromVersion, job is null ? null : r.Kind == ChangeKind.Remove ? RetiredVersion : job.ToVersion, readBy, job?.Status);
    }

    /// <summary>What «Versión nueva» says of a removed document: no version replaces it.</summary>
    public const string RetiredVersion = "Retirado (Obsoleto)";
}
