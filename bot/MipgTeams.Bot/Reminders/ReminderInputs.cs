using MipgTeams.Domain.Documents;
using MipgTeams.Domain.People;
using MipgTeams.Domain.Reminders;
using MipgTeams.Store;

namespace MipgTeams.Bot.Reminders;

/// <summary>Reads what the planner needs from the store: settings, leaders, quality team, waiting requests, documents due for review.</summary>
internal sealed class ReminderInputs(IDbContextFactory<MipgDbContext> dbFactory)
{
    public async Task<ReminderSettings> SettingsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return ReminderSettings.From(await db.Settings.AsNoTracking().ToListAsync(cancellationToken));
    }

    /// <summary>The plan of <paramref name="date"/> with the store as it is now.</summary>
    public async Task<(ReminderSettings Settings, ReminderPlan Plan)> PlanAsync(DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = ReminderSettings.From(await db.Settings.AsNoTracking().ToListAsync(cancellationToken));
        var processes = await db.Processes.AsNoTracking().Where(p => p.Leader != null).ToListAsync(cancellationToken);
        var leaders = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        foreach (var process in processes)
        {
            leaders[process.Code] = process.Leader!;
        }
        var team = await db.ActiveQualityTeamAsync(cancellationToken);
        var pending = await db.ChangeRequests.AsNoTracking()
            .Where(r => r.Status == ChangeRequestStatus.PendingLeader || r.Status == ChangeRequestStatus.PendingQuality)
            .Select(r => new PendingDecision(r.Id, r.Version, r.Status, r.ProcessCode, r.DocumentCode, r.Title ?? r.Description,
                r.Requester.EntraObjectId, r.Requester.DisplayName, r.UpdatedAt)) // every transition stamps UpdatedAt: when it entered its step
            .ToListAsync(cancellationToken);
        // A few days of slack: month ends make "approved + N months" and "today − N months" differ; the planner decides exactly.
        var cutoff = date.AddMonths(-settings.ReviewPeriodMonths).AddDays(3);
        var documents = await db.Documents.AsNoTracking()
            .Where(d => !d.IsRemoved && d.Status == DocumentStatus.Current && d.ApprovedOn != null && d.ApprovedOn <= cutoff)
            .Select(d => new ReviewCandidate(d.Code, d.Title, d.ProcessCode, d.ApprovedOn!.Value, d.WebUrl))
            .ToListAsync(cancellationToken);
        return (settings, ReminderPlanner.Plan(date, pending, new Approvers(leaders, team), settings, documents));
    }

    /// <summary>Decisions made in the week before <paramref name="until"/>, with when each request had entered the step decided.</summary>
    public async Task<IReadOnlyList<DecisionTaken>> DecisionsAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var since = until.AddDays(-7);
        var decisions = await db.ChangeRequestEvents.AsNoTracking()
            .Where(e => e.At >= since && e.At < until
                && (e.Type == ChangeRequestEventType.ApprovedByLeader || e.Type == ChangeRequestEventType.ValidatedByQuality || e.Type == ChangeRequestEventType.Rejected))
            .ToListAsync(cancellationToken);
        var ids = decisions.Select(e => e.ChangeRequestId).Distinct().ToList();
        var entered = await db.ChangeRequestEvents.AsNoTracking().Where(e => ids.Contains(e.ChangeRequestId))
            .Select(e => new { e.ChangeRequestId, e.Version, e.At }).ToListAsync(cancellationToken);
        var processes = await db.ChangeRequests.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.ProcessCode }).ToDictionaryAsync(r => r.Id, r => r.ProcessCode, cancellationToken);
        var enteredAt = entered.ToDictionary(e => (e.ChangeRequestId, e.Version), e => e.At);
        return decisions
            .Where(d => enteredAt.ContainsKey((d.ChangeRequestId, d.Version - 1)))
            .Select(d => new DecisionTaken(d.FromStatus, processes.GetValueOrDefault(d.ChangeRequestId, ""), enteredAt[(d.ChangeRequestId, d.Version - 1)], d.At))
            .ToList();
    }
}
