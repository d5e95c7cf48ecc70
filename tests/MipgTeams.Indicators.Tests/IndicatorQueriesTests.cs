using Microsoft.EntityFrameworkCore;
using MipgTeams.Domain.Reminders;
using MipgTeams.Domain.Settings;
using MipgTeams.Indicators.Queries;
using MipgTeams.TestSupport;

namespace MipgTeams.Indicators.Tests;

/// <summary>Each indicator's value for <see cref="KnownHistory"/>, on SQLite and on PostgreSQL (see the two subclasses).</summary>
public abstract class IndicatorQueriesTests(StoreProvider provider) : KnownHistoryTests(provider)
{
    private Task<IndicatorReport> Load(int? quarter = null, string? macroprocess = null, string? process = null) =>
        Queries.LoadAsync(new IndicatorFilter(2026, quarter, macroprocess, process));

    [Fact]
    public async Task Published_changes_are_counted_by_quarter_kind_and_macroprocess()
    {
        var report = await Load();

        var q = report.ProcessesModified.ByQuarter;
        Assert.Equal([1, 2, 3, 4], q.Select(x => x.Quarter));
        Assert.Equal(new KindCounts(0, 1, 0, 0), q[0].Changes);
        Assert.Equal(new KindCounts(1, 0, 0, 0), q[1].Changes);
        Assert.Equal(KindCounts.None, q[2].Changes);
        Assert.Equal(KindCounts.None, q[3].Changes);
        Assert.Equal([1, 1, 0, 0], q.Select(x => x.Processes));
        Assert.Equal(
            [("Direccionamiento Estratégico", 1, 0), ("Gestión Jurídica", 0, 1)],
            report.ProcessesModified.ByMacroprocess.Select(m => (m.Name, m.Changes.Created, m.Changes.Modified)).OrderBy(m => m.Name));
    }

    [Fact]
    public async Task Requests_are_counted_by_quarter_with_what_was_still_open_at_its_end()
    {
        var report = await Load();

        Assert.Equal(
            [
                new RequestCounts(2026, 1, Submitted: 1, Published: 1, Returned: 0, Cancelled: 0, InProgress: 1),
                new RequestCounts(2026, 2, Submitted: 2, Published: 1, Returned: 1, Cancelled: 1, InProgress: 1),
                new RequestCounts(2026, 3, 0, 0, 0, 0, InProgress: 1),
                new RequestCounts(2026, 4, Submitted: 2, Published: 0, Returned: 0, Cancelled: 0, InProgress: 3),
            ],
            report.Requests);
    }

    [Fact]
    public async Task Cycle_times_count_business_days_across_the_holiday_and_the_share_within_the_deadline()
    {
        var report = await Load();

        var leaderQ1 = Stats(report, CycleStep.Leader, 1);
        Assert.Equal(1, leaderQ1.Count);
        // Friday 20 March to Tuesday 24: Monday 23 is San José, so one business day, not two.
        Assert.Equal(1, leaderQ1.Max);
        Assert.Equal(2, Stats(report, CycleStep.Quality, 1).Max);
        Assert.Equal(3, Stats(report, CycleStep.Total, 1).Max);

        var leaderQ2 = Stats(report, CycleStep.Leader, 2);
        Assert.Equal((2, 4.5, 4.5, 8, 50.0), (leaderQ2.Count, leaderQ2.Average, leaderQ2.Median, leaderQ2.Max, leaderQ2.WithinDeadlinePercent));
        Assert.Equal((1, 8, 0.0), (Stats(report, CycleStep.Quality, 2).Count, Stats(report, CycleStep.Quality, 2).Max, Stats(report, CycleStep.Quality, 2).WithinDeadlinePercent));
        Assert.Equal((18, 8), (Stats(report, CycleStep.Total, 2).Max, Stats(report, CycleStep.Total, 2).DeadlineDays));

        var leaderYear = Stats(report, CycleStep.Leader, null);
        Assert.Equal((4, 3, 75.0), (leaderYear.Count, leaderYear.WithinDeadline, leaderYear.WithinDeadlinePercent));
        Assert.Equal(0, Stats(report, CycleStep.Leader, 3).Count);
        Assert.Null(Stats(report, CycleStep.Leader, 3).WithinDeadlinePercent);
    }

    [Fact]
    public async Task The_deadline_is_the_one_in_Configuracion()
    {
        await using (var db = Store.CreateDbContext())
        {
            db.Settings.Add(new AppSetting { Key = ReminderSettings.LeaderDeadlineKey, Value = "8" });
            await db.SaveChangesAsync();
        }

        var leaderYear = Stats(await Load(), CycleStep.Leader, null);

        Assert.Equal((8, 100.0), (leaderYear.DeadlineDays, leaderYear.WithinDeadlinePercent));
    }

    [Fact]
    public async Task Waiting_requests_are_listed_oldest_first_by_who_they_wait_on_with_the_overdue_one_marked()
    {
        var waiting = (await Load()).Waiting;

        Assert.Equal(3, waiting.Total);
        Assert.Equal(["Rosa Martínez", "Leonardo Díaz", "Equipo de Calidad"], waiting.Oldest.Select(r => r.WaitingOn));
        Assert.Equal([(5, true), (3, false)], waiting.Oldest.Skip(1).Select(r => (r.DeadlineDays!.Value, r.IsOverdue)));
        // Friday 20 November to Tuesday 1 December: 7 business days, past the leader's 5.
        Assert.Equal([7, 1], waiting.Oldest.Skip(1).Select(r => r.AgeDays));
        Assert.False(waiting.Oldest[0].IsOverdue);
        Assert.InRange(waiting.Oldest[0].AgeDays, 200, 250);
        var leo = Assert.Single(waiting.Summary, s => s.Kind == WaitingOnKind.Leader);
        Assert.Equal(("Leonardo Díaz", 1, 1), (leo.WaitingOn, leo.Count, leo.Overdue));
        Assert.Equal([0, 0, 1, 0, 0], leo.ByAge);
        var quality = Assert.Single(waiting.Summary, s => s.Kind == WaitingOnKind.QualityTeam);
        Assert.Equal((1, 0), (quality.Count, quality.Overdue));
        Assert.Equal([1, 0, 0, 0, 0], quality.ByAge);
        Assert.Equal(waiting.Summary[0], leo);
    }

    [Fact]
    public async Task Documents_due_for_review_are_counted_by_process_ignoring_obsolete_and_removed_ones()
    {
        var review = (await Load()).Review;

        var row = Assert.Single(review.ByProcess);
        Assert.Equal(("GLEGN02", "Mejora Normativa", 1, 1), (row.ProcessCode, row.ProcessName, row.DueSoon, row.Overdue));
        Assert.Equal(24, review.PeriodMonths);
    }

    [Fact]
    public async Task Questions_are_counted_by_quarter_with_the_most_repeated_unanswered_one_first()
    {
        var questions = (await Load()).Questions;

        var q1 = questions.ByQuarter[0];
        Assert.Equal((3, 2, 1, 1, 1, 50.0), (q1.Asked, q1.Answered, q1.Unanswered, q1.Helpful, q1.Unhelpful, q1.HelpfulPercent));
        Assert.Equal((3, 0, 3), (questions.ByQuarter[1].Asked, questions.ByQuarter[1].Answered, questions.ByQuarter[1].Unanswered));
        Assert.Equal(0, questions.ByQuarter[2].Asked);
        Assert.Null(questions.ByQuarter[2].HelpfulPercent);
        Assert.Equal(new QuestionTopic("¿dónde está el formato x?", 3), questions.TopUnanswered[0]);
        Assert.Equal(new QuestionTopic("manual de contratación", 1), questions.TopUnanswered[1]);
    }

    [Fact]
    public async Task A_macroprocess_filter_keeps_only_its_processes_requests_and_documents()
    {
        var report = await Load(macroprocess: "MA");

        Assert.Equal([1, 1, 0, 1], report.Requests.Select(r => r.Submitted));
        Assert.Equal([0, 0, 0, 1], report.Requests.Select(r => r.InProgress));
        Assert.Equal(1, report.Requests[1].Cancelled);
        Assert.Equal("Gestión Jurídica", Assert.Single(report.ProcessesModified.ByMacroprocess).Name);
        Assert.Equal("Leonardo Díaz", Assert.Single(report.Waiting.Oldest).WaitingOn);
        Assert.Single(report.Review.ByProcess);
    }

    [Fact]
    public async Task A_quarter_filter_shows_that_quarter_only()
    {
        var report = await Load(quarter: 2);

        Assert.Equal(new RequestCounts(2026, 2, 2, 1, 1, 1, 1), Assert.Single(report.Requests));
        Assert.Equal(2, Assert.Single(report.CycleTimes, c => c.Step == CycleStep.Leader).Count);
        Assert.Equal(3, Assert.Single(report.Questions.ByQuarter).Asked);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("GLEGN02", null)]
    [InlineData(null, "ME")]
    public async Task Each_quarter_alone_has_the_counts_and_the_in_progress_it_has_in_the_year(string? process, string? macroprocess)
    {
        // A late quarter works out what was open at its start from the requests open now (the shorter history), the
        // year from the events before it: both must give the same numbers.
        var year = await Load(process: process, macroprocess: macroprocess);

        for (var quarter = 1; quarter <= 4; quarter++)
        {
            Assert.Equal(year.Requests[quarter - 1], Assert.Single((await Load(quarter, macroprocess, process)).Requests));
        }
    }

    [Fact]
    public async Task A_request_moved_to_another_process_when_resubmitted_counts_there_from_its_submission()
    {
        await using (var db = Store.CreateDbContext())
        {
            var d = await db.ChangeRequests.SingleAsync(r => r.DocumentCode == "GLEGN02-I001");
            d.Reject(new Domain.ChangeRequests.Actor(KnownHistory.Leo.EntraObjectId!, KnownHistory.Leo.DisplayName),
                new Domain.ChangeRequests.Deciders(KnownHistory.Leo, [KnownHistory.Quality]), "Es de Planeación", d.Version, KnownHistory.At(2026, 11, 23));
            d.Resubmit(new Domain.ChangeRequests.Actor(KnownHistory.Rosa.EntraObjectId!, KnownHistory.Rosa.DisplayName),
                d.Details with { ProcessCode = "DEPLA01" }, d.Version, KnownHistory.At(2026, 11, 24));
            await db.SaveChangesAsync();
        }

        var legal = await Load(process: "GLEGN02");
        var planning = await Load(process: "DEPLA01");

        Assert.Equal([1, 1, 0, 0], legal.Requests.Select(r => r.Submitted));
        Assert.Equal((0, 0), (legal.Requests[3].Returned, legal.Requests[3].InProgress));
        Assert.Equal([0, 1, 0, 2], planning.Requests.Select(r => r.Submitted));
        Assert.Equal(1, planning.Requests[3].Returned);
        Assert.Equal(3, planning.Requests[3].InProgress);
    }

    [Fact]
    public async Task An_empty_year_has_four_quarters_of_zeros()
    {
        var report = await Queries.LoadAsync(new IndicatorFilter(2024));

        Assert.Equal(4, report.Requests.Count);
        Assert.All(report.Requests, r => Assert.Equal((0, 0, 0, 0, 0), (r.Submitted, r.Published, r.Returned, r.Cancelled, r.InProgress)));
        Assert.All(report.ProcessesModified.ByQuarter, q => Assert.Equal(0, q.Changes.Total));
        Assert.Empty(report.ProcessesModified.ByMacroprocess);
        Assert.All(report.CycleTimes, c => Assert.Equal(0, c.Count));
        Assert.All(report.Questions.ByQuarter, q => Assert.Equal(0, q.Asked));
        Assert.Empty(report.Questions.TopUnanswered);
    }

    [Fact]
    public async Task A_process_renamed_in_the_list_keeps_its_history_under_the_new_name()
    {
        await using (var db = Store.CreateDbContext())
        {
            var process = await db.Processes.SingleAsync(p => p.Code == "GLEGN02");
            process.Name = "Mejora Normativa y Jurídica";
            await db.SaveChangesAsync();
        }

        var report = await Load(process: "GLEGN02");

        Assert.Equal([1, 1, 0, 1], report.Requests.Select(r => r.Submitted));
        Assert.Equal("Mejora Normativa y Jurídica", Assert.Single(report.Review.ByProcess).ProcessName);
        Assert.Equal("Mejora Normativa y Jurídica", Assert.Single(report.Waiting.Oldest).ProcessName);
    }

    private static CycleTimeStats Stats(IndicatorReport report, CycleStep step, int? quarter) =>
        Assert.Single(report.CycleTimes, c => c.Step == step && c.Quarter == quarter);
}

public sealed class SqliteIndicatorQueriesTests() : IndicatorQueriesTests(StoreProvider.Sqlite);

public sealed class PostgresIndicatorQueriesTests() : IndicatorQueriesTests(StoreProvider.PostgreSql);
