using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Reminders;
using MipgTeams.Domain.Time;
using MipgTeams.Store;

namespace MipgTeams.Indicators.Queries;

/// <summary>
/// Open requests by who they wait on, counted in SQL. A request entered its current step at its last transition
/// (<see cref="ChangeRequest.UpdatedAt"/>); its age in business days is at least k exactly when that instant lies before
/// a cut-off computed here from the calendar, so age bands and "overdue" are plain comparisons in SQL. Only the oldest
/// <see cref="Listed"/> requests are read row by row, for the table.
/// </summary>
internal static class WaitingNowQuery
{
    public const int Listed = 50;
    private const string QualityTeam = "Equipo de Calidad";

    public static async Task<WaitingNow> RunAsync(MipgDbContext db, IndicatorFilter filter, ReminderSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = BogotaTime.DateOf(now);
        var band = WaitingNow.AgeBands.Select(k => AgedAtLeast(today, k)).ToArray();
        var leaderLate = AgedAtLeast(today, settings.LeaderDeadlineDays + 1);
        var qualityLate = AgedAtLeast(today, settings.QualityDeadlineDays + 1);

        var waiting =
            from r in Scope.Requests(db, filter)
            where r.Status == ChangeRequestStatus.PendingLeader || r.Status == ChangeRequestStatus.PendingQuality || r.Status == ChangeRequestStatus.Returned
            join p in db.Processes on r.ProcessCode equals p.Code into processes
            from p in processes.DefaultIfEmpty()
            select new
            {
                r.Id, r.Kind, r.DocumentCode, r.Title, r.ProcessCode, r.Status, r.UpdatedAt,
                ProcessName = p == null ? null : p.Name,
                LeaderName = p == null ? null : p.Leader!.DisplayName,
                RequesterName = r.Requester.DisplayName,
            };

        var groups = await waiting
            .GroupBy(x => new { x.Status, Leader = x.Status == ChangeRequestStatus.PendingLeader ? x.LeaderName : null })
            .Select(g => new
            {
                g.Key.Status,
                g.Key.Leader,
                Count = g.Count(),
                Overdue = g.Count(x => (x.Status == ChangeRequestStatus.PendingLeader && x.UpdatedAt < leaderLate)
                    || (x.Status == ChangeRequestStatus.PendingQuality && x.UpdatedAt < qualityLate)),
                Band1 = g.Count(x => x.UpdatedAt < band[1]),
                Band2 = g.Count(x => x.UpdatedAt < band[2]),
                Band3 = g.Count(x => x.UpdatedAt < band[3]),
                Band4 = g.Count(x => x.UpdatedAt < band[4]),
            })
            .ToListAsync(cancellationToken);

        var summary = groups
            .GroupBy(g => (Kind: KindOf(g.Status), Name: g.Status switch
            {
                ChangeRequestStatus.PendingLeader => g.Leader ?? "Proceso sin líder registrado",
                ChangeRequestStatus.PendingQuality => QualityTeam,
                _ => "Solicitantes (devueltas para corregir)",
            }))
            .Select(g =>
            {
                var count = g.Sum(x => x.Count);
                var atLeast = new[] { count, g.Sum(x => x.Band1), g.Sum(x => x.Band2), g.Sum(x => x.Band3), g.Sum(x => x.Band4) };
                var bands = atLeast.Select((n, i) => i + 1 < atLeast.Length ? n - atLeast[i + 1] : n).ToList();
                return new WaitingSummary(g.Key.Kind, g.Key.Name, count, g.Sum(x => x.Overdue), bands);
            })
            .OrderByDescending(s => s.Overdue).ThenByDescending(s => s.Count).ThenBy(s => s.WaitingOn, StringComparer.Ordinal)
            .ToList();

        var oldest = await waiting.OrderBy(x => x.UpdatedAt).ThenBy(x => x.Id).Take(Listed).ToListAsync(cancellationToken);
        var rows = oldest.Select(x =>
        {
            var kind = KindOf(x.Status);
            return new WaitingRequest(
                x.Id, x.Kind.Label(), x.DocumentCode ?? x.Title ?? "Documento nuevo", x.ProcessCode, x.ProcessName ?? x.ProcessCode, kind,
                kind switch
                {
                    WaitingOnKind.Leader => x.LeaderName ?? "Proceso sin líder registrado",
                    WaitingOnKind.QualityTeam => QualityTeam,
                    _ => x.RequesterName,
                },
                x.UpdatedAt,
                BusinessCalendar.BusinessDaysBetween(BogotaTime.DateOf(x.UpdatedAt), today),
                kind switch
                {
                    WaitingOnKind.Leader => settings.LeaderDeadlineDays,
                    WaitingOnKind.QualityTeam => settings.QualityDeadlineDays,
                    _ => null,
                });
        }).ToList();
        return new WaitingNow(today, summary, rows, summary.Sum(s => s.Count));
    }

    /// <summary>
    /// The instant before which something that entered a step has waited at least <paramref name="days"/> business days
    /// by <paramref name="today"/>: the start of the day after the latest date with that age.
    /// </summary>
    public static DateTimeOffset AgedAtLeast(DateOnly today, int days)
    {
        var date = today;
        while (BusinessCalendar.BusinessDaysBetween(date, today) < days)
        {
            date = date.AddDays(-1);
        }
        return BogotaTime.StartOf(date.AddDays(1));
    }

    private static WaitingOnKind KindOf(ChangeRequestStatus status) => status switch
    {
        ChangeRequestStatus.PendingLeader => WaitingOnKind.Leader,
        ChangeRequestStatus.PendingQuality => WaitingOnKind.QualityTeam,
        _ => WaitingOnKind.Requester,
    };
}
