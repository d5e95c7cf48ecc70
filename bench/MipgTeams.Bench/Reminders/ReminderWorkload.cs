using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.People;
using MipgTeams.Domain.Reminders;
using MipgTeams.Domain.Settings;
using MipgTeams.Domain.Time;

namespace MipgTeams.Bench.Reminders;

/// <summary>
/// A large day: pending requests spread over the processes of many leaders, most of them within their deadline (a few
/// percent overdue, whose requesters get a notice), a quality team of five, and documents approved over seven years.
/// </summary>
internal sealed record ReminderWorkload(IReadOnlyList<PendingDecision> Pending, Approvers Approvers, IReadOnlyList<ReviewCandidate> Documents)
{
    public static ReminderWorkload Create(int requests, int approvers, DateOnly today, double overdueShare = 0.02, int documents = 20_000, int seed = 42)
    {
        var random = new Random(seed);
        var leaders = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < approvers; i++)
        {
            leaders[$"P{i:D5}"] = new Person($"Líder {i}", $"lider{i}@cartagena.gov.co", $"{i:D8}-1111-4000-8000-000000000000");
        }
        var codes = leaders.Keys.ToArray();
        var requesters = Enumerable.Range(0, 3000).Select(i => (Id: $"{i:D8}-2222-4000-8000-000000000000", Name: $"Solicitante {i}")).ToArray();
        var recent = BusinessCalendar.AddBusinessDays(today, 0);
        var pending = new PendingDecision[requests];
        for (var i = 0; i < requests; i++)
        {
            var step = random.NextDouble() < 0.15 ? ChangeRequestStatus.PendingQuality : ChangeRequestStatus.PendingLeader;
            // Within the deadline for most; overdue ones waited up to 40 calendar days.
            var daysAgo = random.NextDouble() < overdueShare ? random.Next(15, 40) : random.Next(0, 3);
            var entered = BogotaTime.At(recent.AddDays(-daysAgo), new TimeOnly(random.Next(7, 18), random.Next(0, 60)));
            var requester = requesters[random.Next(requesters.Length)];
            var process = codes[random.Next(codes.Length)];
            pending[i] = new PendingDecision(i + 1, random.Next(1, 4), step, process, $"{process}-P{random.Next(1, 999):D3}",
                "Actualización del procedimiento por cambio normativo", requester.Id, requester.Name, entered);
        }
        var team = Enumerable.Range(0, 5).Select(i => new QualityTeamMember
        {
            Person = new Person($"Calidad {i}", $"calidad{i}@cartagena.gov.co", $"{i:D8}-3333-4000-8000-000000000000"),
            IsCoordinator = i == 0,
        }).ToList();
        var docs = Enumerable.Range(0, documents).Select(i => new ReviewCandidate(
            $"{codes[random.Next(codes.Length)]}-F{i % 1000:D3}", "Formato de control", codes[random.Next(codes.Length)],
            today.AddDays(-random.Next(0, 7 * 365)), null)).ToList();
        return new ReminderWorkload(pending, new Approvers(leaders, team), docs);
    }
}
