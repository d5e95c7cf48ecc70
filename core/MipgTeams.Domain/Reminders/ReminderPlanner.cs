using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Time;

namespace MipgTeams.Domain.Reminders;

/// <summary>
/// Plans one business day's reminders from plain inputs: each leader gets the requests of their processes, every active
/// quality member the requests waiting on quality, the coordinator every overdue request, each requester their own
/// overdue requests, and each leader the documents of their processes due for periodic review. Pure and
/// allocation-light: one <see cref="PlannedDecision"/> per request, shared by every digest that lists it.
/// </summary>
public static class ReminderPlanner
{
    public static ReminderPlan Plan(
        DateOnly today, IReadOnlyList<PendingDecision> pending, Approvers approvers, ReminderSettings settings, IReadOnlyList<ReviewCandidate> documents)
    {
        var planned = new PlannedDecision[pending.Count];
        for (var i = 0; i < planned.Length; i++)
        {
            var request = pending[i];
            var age = BusinessCalendar.BusinessDaysBetween(BogotaTime.DateOf(request.EnteredStepAt), today);
            planned[i] = new PlannedDecision(request, age, settings.DeadlineFor(request.Step));
        }
        // Oldest first everywhere: sorting once keeps every list below in order without sorting it again.
        Array.Sort(planned, static (a, b) => b.AgeDays != a.AgeDays ? b.AgeDays.CompareTo(a.AgeDays) : a.Request.RequestId.CompareTo(b.Request.RequestId));

        var people = new Dictionary<string, PersonDigest>(StringComparer.OrdinalIgnoreCase);
        var quality = new List<PlannedDecision>();
        var overdue = new List<PlannedDecision>();
        var unreachable = 0;
        foreach (var decision in planned)
        {
            var request = decision.Request;
            if (request.Step == ChangeRequestStatus.PendingQuality)
            {
                quality.Add(decision);
            }
            else if (approvers.LeadersByProcess.TryGetValue(request.ProcessCode, out var leader) && !string.IsNullOrWhiteSpace(leader.EntraObjectId))
            {
                For(people, leader.EntraObjectId, leader.DisplayName).AsLeader.Add(decision);
            }
            else
            {
                unreachable++; // no leader (or none with an Entra id): the coordinator sees it once it is overdue
            }
            if (decision.IsOverdue)
            {
                overdue.Add(decision);
                if (!string.IsNullOrWhiteSpace(request.RequesterObjectId))
                {
                    For(people, request.RequesterObjectId, request.RequesterName).OwnOverdue.Add(decision);
                }
            }
        }
        foreach (var member in approvers.QualityTeam)
        {
            if (!member.IsActive || string.IsNullOrWhiteSpace(member.Person.EntraObjectId))
            {
                continue;
            }
            var digest = For(people, member.Person.EntraObjectId, member.Person.DisplayName);
            digest.AsQuality = quality;
            if (member.IsCoordinator)
            {
                digest.Escalations = overdue;
            }
        }
        AddReviews(today, approvers, settings, documents, people);
        return new ReminderPlan(today, [.. people.Values], planned, unreachable);
    }

    /// <summary>The day a document approved on <paramref name="approvedOn"/> must be reviewed.</summary>
    public static DateOnly ReviewDueOn(DateOnly approvedOn, ReminderSettings settings) => approvedOn.AddMonths(settings.ReviewPeriodMonths);

    private static void AddReviews(DateOnly today, Approvers approvers, ReminderSettings settings, IReadOnlyList<ReviewCandidate> documents, Dictionary<string, PersonDigest> people)
    {
        foreach (var document in documents)
        {
            var due = ReviewDueOn(document.ApprovedOn, settings);
            if (due <= today && approvers.LeadersByProcess.TryGetValue(document.ProcessCode, out var leader) && !string.IsNullOrWhiteSpace(leader.EntraObjectId))
            {
                For(people, leader.EntraObjectId, leader.DisplayName).Reviews.Add((document, due));
            }
        }
        foreach (var person in people.Values)
        {
            if (person.Reviews.Count > 1)
            {
                person.Reviews.Sort(static (a, b) => a.DueOn != b.DueOn ? a.DueOn.CompareTo(b.DueOn) : string.CompareOrdinal(a.Document.DocumentCode, b.Document.DocumentCode));
            }
        }
    }

    private static PersonDigest For(Dictionary<string, PersonDigest> people, string objectId, string name)
    {
        if (!people.TryGetValue(objectId, out var digest))
        {
            digest = new PersonDigest(objectId, name);
            people[objectId] = digest;
        }
        return digest;
    }
}
