using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Indicators.Access;
using MipgTeams.Indicators.Queries;
using MipgTeams.Indicators.Tables;
using MipgTeams.Store.Publishing;
using MipgTeams.TestSupport;

namespace MipgTeams.Indicators.Tests;

/// <summary>Socialización, the waiting table by who, an empty quarter and an inactive member, on the SQLite known history.</summary>
public sealed class MoreIndicatorTests() : KnownHistoryTests(StoreProvider.Sqlite)
{
    [Fact]
    public async Task Socializacion_is_the_share_of_the_people_a_version_was_sent_to_who_read_it()
    {
        await using (var db = Store.CreateDbContext())
        {
            var a = await db.ChangeRequests.SingleAsync(r => r.DocumentCode == "GLEGN02-P001");
            // Sent to the leader (Leo), the requester (Rosa) and, by the Socializar column, Carmen and a channel.
            (await db.Processes.SingleAsync(p => p.Code == "GLEGN02")).AnnounceTo = $"{KnownHistory.Quality.EntraObjectId}; 19:equipo@thread.tacv2";
            db.PublicationJobs.Add(new PublicationJob
            {
                ChangeRequestId = a.Id, Kind = ChangeKind.Modify, Status = PublicationJobStatus.Published, ProcessCode = "GLEGN02",
                DocumentCode = "GLEGN02-P001", FromVersion = "1.0", ToVersion = "2.0", CreatedAt = KnownHistory.At(2026, 3, 26),
                PublishedAt = KnownHistory.At(2026, 3, 27), NextAttemptAt = KnownHistory.At(2026, 3, 26),
            });
            // Leo read it, and so did someone of the channel; Rosa and Carmen have not.
            db.Acknowledgments.AddRange(
                new Acknowledgment { ChangeRequestId = a.Id, ObjectId = KnownHistory.Leo.EntraObjectId!.ToUpperInvariant(), Name = "Leo", At = KnownHistory.At(2026, 3, 28) },
                new Acknowledgment { ChangeRequestId = a.Id, ObjectId = "99999999-0000-0000-0000-000000000001", Name = "Del canal", At = KnownHistory.At(2026, 3, 30) });
            await db.SaveChangesAsync();
        }

        var report = await Queries.LoadAsync(new IndicatorFilter(2026));
        var version = Assert.Single(report.Socialization.Versions);

        Assert.Equal(("GLEGN02-P001", "2.0", "Mejora Normativa"), (version.Document, version.Version, version.ProcessName));
        Assert.Equal((3, 1, 2, 33.3), (version.Audience, version.AudienceRead, version.Readers, version.ReadPercent));
        Assert.Empty((await Queries.LoadAsync(new IndicatorFilter(2026, 2))).Socialization.Versions);
        Assert.Empty((await Queries.LoadAsync(new IndicatorFilter(2026, Macroprocess: "ME"))).Socialization.Versions);
        Assert.Equal(["GLEGN02-P001", "2.0", "Mejora Normativa", "27/03/2026 10:00", 3, 1, 2, 33.3],
            Assert.Single(IndicatorTables.Socialization.From(report).Rows));
    }

    [Fact]
    public async Task The_waiting_table_by_who_counts_requests_overdue_and_by_age_band()
    {
        var table = IndicatorTables.WaitingByWho.From(await Queries.LoadAsync(new IndicatorFilter(2026)));

        Assert.Equal(["espera_a", "solicitudes", "vencidas", "dias_0_2", "dias_3_5", "dias_6_10", "dias_11_20", "dias_mas_20"], table.Columns.Select(c => c.Key));
        Assert.Equal(["Leonardo Díaz", 1, 1, 0, 0, 1, 0, 0], table.Rows[0]);
        Assert.Equal(3, table.Rows.Sum(r => (int)r[1]!));
    }

    [Fact]
    public async Task An_empty_quarter_has_zeros_and_no_percentage()
    {
        var report = await Queries.LoadAsync(new IndicatorFilter(2026, 3));

        Assert.Equal(new RequestCounts(2026, 3, 0, 0, 0, 0, InProgress: 1), Assert.Single(report.Requests));
        Assert.Equal(KindCounts.None, Assert.Single(report.ProcessesModified.ByQuarter).Changes);
        Assert.All(report.CycleTimes, c => Assert.Equal((0, (double?)null), (c.Count, c.WithinDeadlinePercent)));
        Assert.Equal(0, Assert.Single(report.Questions.ByQuarter).Asked);
        Assert.Empty(report.Questions.TopUnanswered);
    }

    [Fact]
    public async Task A_quality_member_marked_inactive_in_the_list_may_no_longer_see_them()
    {
        await using var db = Store.CreateDbContext();
        Assert.True(await db.MaySeeAsync(KnownHistory.Quality.EntraObjectId, default));

        (await db.QualityTeam.SingleAsync()).IsActive = false;
        await db.SaveChangesAsync();

        Assert.False(await db.MaySeeAsync(KnownHistory.Quality.EntraObjectId, default));
    }
}
