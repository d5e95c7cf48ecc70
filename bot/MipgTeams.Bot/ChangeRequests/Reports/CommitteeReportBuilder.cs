using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Time;
using MipgTeams.Store;

namespace MipgTeams.Bot.ChangeRequests.Reports;

/// <summary>Builds the committee report from the audit trail: requests that moved in the period, published ones first.</summary>
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
        var rows = requests
            .OrderBy(r => r.Status == ChangeRequestStatus.Published ? 0 : 1).ThenBy(r => r.Id)
            .Select(Row).ToList();
        return new CommitteeReport(from, to, rows);
    }

    private static CommitteeReportRow Row(ChangeRequest r)
    {
        var approved = r.Events.Where(e => e.Type == ChangeRequestEventType.ApprovedByLeader).MaxBy(e => e.Version);
        var validated = r.Events.Where(e => e.Type == ChangeRequestEventType.ValidatedByQuality).MaxBy(e => e.Version);
        var lastComment = r.Events.Where(e => e.Comment is not null).MaxBy(e => e.Version)?.Comment;
        return new CommitteeReportRow(r.Id, r.DocumentCode, r.Title, r.ProcessCode, r.Kind, r.Description, r.Reason, r.Requester.DisplayName,
            r.Status, r.CreatedAt, approved?.ActorName, approved?.At, validated?.ActorName, validated?.At, lastComment, r.DraftUrl);
    }
}
