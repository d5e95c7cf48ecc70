using Microsoft.Extensions.Options;
using MipgTeams.Bot.Outbox;
using MipgTeams.Domain.Reminders;
using MipgTeams.Store;
using MipgTeams.Store.Reminders;

namespace MipgTeams.Bot.Reminders;

/// <summary>
/// One business day's reminders: plans the day, records who is to be reminded, then claims people in batches and puts
/// each one's digest and overdue notices in the outbox in the same transaction that marks the claim sent. Safe to run
/// on several instances at once and again after a restart: what was sent stays sent, what a dead instance claimed is
/// re-planned when its lease ends. On the weekly day the quality team's channel summary is claimed the same way.
/// </summary>
internal sealed class ReminderRunner(
    ReminderInputs inputs, ReminderClaims claims, IOutbox outbox, IOptions<ReminderOptions> options, TimeProvider time, ILogger<ReminderRunner> logger)
{
    /// <summary>The claim row that stands for the weekly summary (not a person).</summary>
    public const string WeeklyClaim = "#weekly-summary";

    public static string WeeklyKey(DateOnly date) => $"weekly:{date:yyyy-MM-dd}";

    public async Task<ReminderRunResult> RunAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var (settings, plan) = await inputs.PlanAsync(date, cancellationToken);
        return await RunAsync(settings, plan, cancellationToken);
    }

    /// <summary>Claims and queues an already computed plan (the benchmark plans in memory).</summary>
    public async Task<ReminderRunResult> RunAsync(ReminderSettings settings, ReminderPlan plan, CancellationToken cancellationToken)
    {
        var date = plan.Date;
        foreach (var problem in settings.Problems)
        {
            logger.LogWarning("Reminder settings: {Problem}", problem);
        }
        var people = new Dictionary<string, PersonDigest>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in plan.People.Where(p => p.HasDigest || p.OwnOverdue.Count > 0))
        {
            people[person.ObjectId] = person;
        }
        var weekly = settings.QualityChannelId is not null && IsWeeklyDay(date, settings.WeeklySummaryDay);
        await claims.EnsureAsync(date, weekly ? [.. people.Keys, WeeklyClaim] : people.Keys, cancellationToken);

        int digests = 0, notices = 0, lost = 0;
        var weeklySent = false;
        while (true)
        {
            var batch = await claims.ClaimAsync(date, options.Value.BatchSize, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var claim in batch)
            {
                int sentDigest = 0, sentNotices = 0;
                var completed = await claims.CompleteAsync(claim, async db =>
                {
                    if (claim.PersonObjectId == WeeklyClaim)
                    {
                        sentDigest = await WeeklyAsync(db, date, plan, settings, cancellationToken) ? 1 : 0;
                    }
                    else if (people.TryGetValue(claim.PersonObjectId, out var person))
                    {
                        (sentDigest, sentNotices) = await PersonAsync(db, person, date, cancellationToken);
                    }
                    // Someone another instance planned and this one did not (their request was decided meanwhile): nothing to send.
                }, cancellationToken);
                if (!completed)
                {
                    lost++;
                    continue;
                }
                if (claim.PersonObjectId == WeeklyClaim)
                {
                    weeklySent = sentDigest == 1;
                }
                else
                {
                    digests += sentDigest;
                    notices += sentNotices;
                }
            }
        }
        await claims.ReleaseAsync(date, cancellationToken);
        logger.LogInformation("Reminders for {Date}: {People} people planned, {Digests} digests and {Notices} notices queued here, weekly summary {Weekly}",
            date, people.Count, digests, notices, weeklySent);
        return new ReminderRunResult(date, people.Count, digests, notices, weeklySent, lost);
    }

    /// <summary>The plan of a day without claiming or sending anything (admins' preview).</summary>
    public Task<(ReminderSettings Settings, ReminderPlan Plan)> PreviewAsync(DateOnly date, CancellationToken cancellationToken) =>
        inputs.PlanAsync(date, cancellationToken);

    /// <summary>The weekly summary goes out on the first business day on or after the configured weekday of each week.</summary>
    public static bool IsWeeklyDay(DateOnly date, DayOfWeek day)
    {
        var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
        var target = monday.AddDays(((int)day + 6) % 7);
        var first = BusinessCalendar.IsBusinessDay(target) ? target : BusinessCalendar.NextBusinessDay(target);
        return first == date;
    }

    private async Task<(int Digests, int Notices)> PersonAsync(MipgDbContext db, PersonDigest person, DateOnly date, CancellationToken cancellationToken)
    {
        var digestKey = PersonDigest.DigestKey(person.ObjectId, date);
        var keys = person.OwnOverdue.Select(o => o.OverdueNoticeKey).Append(digestKey).ToList();
        var existing = (await db.Outbox.AsNoTracking().Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(cancellationToken)).ToHashSet();
        var digests = 0;
        if (person.HasDigest && !existing.Contains(digestKey))
        {
            outbox.ToPerson(db, digestKey, person.ObjectId, ReminderMessages.Digest(person, date, options.Value.MaxItemsPerSection));
            digests = 1;
        }
        var notices = 0;
        foreach (var overdue in person.OwnOverdue.Where(o => !existing.Contains(o.OverdueNoticeKey)))
        {
            outbox.ToPerson(db, overdue.OverdueNoticeKey, person.ObjectId, ReminderMessages.OverdueNotice(overdue));
            notices++;
        }
        return (digests, notices);
    }

    private async Task<bool> WeeklyAsync(MipgDbContext db, DateOnly date, ReminderPlan plan, ReminderSettings settings, CancellationToken cancellationToken)
    {
        var key = WeeklyKey(date);
        if (await db.Outbox.AnyAsync(m => m.Key == key, cancellationToken))
        {
            return false;
        }
        var decisions = await inputs.DecisionsAsync(time.GetUtcNow(), cancellationToken);
        outbox.ToConversation(db, key, settings.QualityChannelId!, ReminderMessages.Weekly(WeeklySummary.Build(date, plan.Pending, decisions), options.Value.MaxItemsPerSection));
        return true;
    }
}
