using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.People;
using MipgTeams.Domain.Reminders;
using MipgTeams.Domain.Settings;
using MipgTeams.Domain.Time;

namespace MipgTeams.Domain.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private static readonly Person Ana = new("Ana Leader", "ana@cartagena.gov.co", "aaaa");
    private static readonly Person Beto = new("Beto Leader", "beto@cartagena.gov.co", "bbbb");
    private static readonly Person Coord = new("Carla Coordinadora", "carla@cartagena.gov.co", "cccc");
    private static readonly Person Dani = new("Dani Calidad", "dani@cartagena.gov.co", "dddd");
    private static readonly DateOnly Today = new(2026, 1, 13); // Tuesday after the Monday of Reyes

    private static readonly Approvers Approvers = new(
        new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase) { ["GLEGN02"] = Ana, ["GTHUM01"] = Beto },
        [new QualityTeamMember { Person = Coord, IsCoordinator = true }, new QualityTeamMember { Person = Dani }, new QualityTeamMember { Person = new("Ex", "ex@x.co", "eeee"), IsActive = false }]);

    private static PendingDecision Request(long id, ChangeRequestStatus step, string process, DateOnly entered, string requester = "rrrr") =>
        new(id, 1, step, process, $"{process}-P00{id}", $"Solicitud {id}", requester, "Rosa Solicitante", BogotaTime.At(entered, new TimeOnly(10, 0)));

    private static ReminderPlan Plan(IReadOnlyList<PendingDecision> pending, IReadOnlyList<ReviewCandidate>? documents = null) =>
        ReminderPlanner.Plan(Today, pending, Approvers, new ReminderSettings(), documents ?? []);

    private static PersonDigest Of(ReminderPlan plan, Person person) => plan.People.Single(p => p.ObjectId == person.EntraObjectId);

    [Fact]
    public void Each_leader_gets_the_requests_of_their_processes_oldest_first_with_business_day_ages()
    {
        var plan = Plan([
            Request(1, ChangeRequestStatus.PendingLeader, "GLEGN02", new DateOnly(2026, 1, 9)),
            Request(2, ChangeRequestStatus.PendingLeader, "GLEGN02", new DateOnly(2026, 1, 2)),
            Request(3, ChangeRequestStatus.PendingLeader, "GTHUM01", new DateOnly(2026, 1, 12))]);

        var ana = Of(plan, Ana);
        Assert.Equal([2L, 1L], ana.AsLeader.Select(d => d.Request.RequestId));
        // From Friday 2 January: 5, 6, 7, 8, 9, 13 (Monday 12 is Reyes). From Friday 9: only Tuesday 13.
        Assert.Equal([6, 1], ana.AsLeader.Select(d => d.AgeDays));
        Assert.Equal([3L], Of(plan, Beto).AsLeader.Select(d => d.Request.RequestId));
        Assert.Equal(1, Of(plan, Beto).AsLeader[0].AgeDays); // entered on a holiday: today is its first business day
    }

    [Fact]
    public void Requests_waiting_on_quality_go_to_every_active_member_and_not_to_leaders()
    {
        var plan = Plan([Request(1, ChangeRequestStatus.PendingQuality, "GLEGN02", new DateOnly(2026, 1, 9))]);

        Assert.Single(Of(plan, Coord).AsQuality);
        Assert.Single(Of(plan, Dani).AsQuality);
        Assert.DoesNotContain(plan.People, p => p.ObjectId == "eeee");
        Assert.DoesNotContain(plan.People, p => p.ObjectId == Ana.EntraObjectId);
    }

    [Fact]
    public void A_request_past_its_step_deadline_is_escalated_to_the_coordinator_and_its_requester_is_told()
    {
        var plan = Plan([
            Request(1, ChangeRequestStatus.PendingLeader, "GLEGN02", new DateOnly(2026, 1, 2)), // 6 > 5: overdue
            Request(2, ChangeRequestStatus.PendingLeader, "GLEGN02", new DateOnly(2026, 1, 5)), // 5 = 5: on time
            Request(3, ChangeRequestStatus.PendingQuality, "GTHUM01", new DateOnly(2026, 1, 6), requester: "ssss")]); // 7, 8, 9, 13: 4 > 3

        Assert.Equal([1L, 3L], Of(plan, Coord).Escalations.Select(d => d.Request.RequestId));
        Assert.Empty(Of(plan, Dani).Escalations);
        Assert.Equal([1L], plan.People.Single(p => p.ObjectId == "rrrr").OwnOverdue.Select(d => d.Request.RequestId));
        Assert.Equal("overdue:3:1", plan.People.Single(p => p.ObjectId == "ssss").OwnOverdue.Single().OverdueNoticeKey);
        Assert.False(plan.People.Single(p => p.ObjectId == "rrrr").HasDigest);
    }

    [Fact]
    public void Deadlines_come_from_the_settings_list()
    {
        var settings = ReminderSettings.From([new AppSetting { Key = "PlazoLiderDiasHabiles", Value = "10" }]);
        var plan = ReminderPlanner.Plan(Today, [Request(1, ChangeRequestStatus.PendingLeader, "GLEGN02", new DateOnly(2026, 1, 2))], Approvers, settings, []);

        Assert.False(Of(plan, Ana).AsLeader[0].IsOverdue);
        Assert.Empty(Of(plan, Coord).Escalations);
    }

    [Fact]
    public void A_process_without_a_leader_is_counted_and_escalated_once_overdue()
    {
        var plan = Plan([Request(1, ChangeRequestStatus.PendingLeader, "SINLIDER", new DateOnly(2025, 12, 1))]);

        Assert.Equal(1, plan.Unreachable);
        Assert.Single(Of(plan, Coord).Escalations);
    }

    [Fact]
    public void Documents_due_for_review_go_to_their_process_leader()
    {
        var plan = Plan([], [
            new ReviewCandidate("GLEGN02-P001", "Procedimiento", "GLEGN02", new DateOnly(2024, 1, 13), null), // due today
            new ReviewCandidate("GLEGN02-F002", "Formato", "GLEGN02", new DateOnly(2023, 6, 1), null),
            new ReviewCandidate("GTHUM01-P001", "Reciente", "GTHUM01", new DateOnly(2024, 1, 14), null)]); // due tomorrow

        var ana = Of(plan, Ana);
        Assert.Equal(["GLEGN02-F002", "GLEGN02-P001"], ana.Reviews.Select(r => r.Document.DocumentCode));
        Assert.Equal(new DateOnly(2025, 6, 1), ana.Reviews[0].DueOn);
        Assert.DoesNotContain(plan.People, p => p.ObjectId == Beto.EntraObjectId);
    }

    [Fact]
    public void Unreadable_settings_keep_their_defaults_and_say_which_setting_is_wrong()
    {
        var settings = ReminderSettings.From([
            new AppSetting { Key = "HoraRecordatorio", Value = "7:30" },
            new AppSetting { Key = "PlazoCalidadDiasHabiles", Value = "tres" },
            new AppSetting { Key = "DiaResumenSemanal", Value = "Miércoles" },
            new AppSetting { Key = "CanalEquipoCalidad", Value = "19:abc@thread.tacv2" }]);

        Assert.Equal(new TimeOnly(7, 30), settings.ReminderTime);
        Assert.Equal(3, settings.QualityDeadlineDays);
        Assert.Equal(DayOfWeek.Wednesday, settings.WeeklySummaryDay);
        Assert.Equal("19:abc@thread.tacv2", settings.QualityChannelId);
        Assert.Contains(settings.Problems, p => p.Contains("PlazoCalidadDiasHabiles", StringComparison.Ordinal) && p.Contains("«tres»", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("HoraRecordatorio", "a las ocho", "El valor «a las ocho» de HoraRecordatorio no es una hora como 08:00; se usa 08:00.")]
    [InlineData("DiaResumenSemanal", "sábado", "El valor «sábado» de DiaResumenSemanal no es un día hábil de la semana (lunes a viernes); se usa el lunes.")]
    [InlineData("PeriodoRevisionMeses", "200", "El valor «200» de PeriodoRevisionMeses no es un número de meses entre 1 y 120; se usa 24.")]
    [InlineData("PlazoLiderDiasHabiles", "0", "El valor «0» de PlazoLiderDiasHabiles no es un número de días hábiles entre 1 y 60; se usa 5.")]
    public void An_unreadable_setting_keeps_its_default_and_the_problem_names_it_in_Spanish(string key, string value, string problem)
    {
        var settings = ReminderSettings.From([new AppSetting { Key = key, Value = value }]);

        Assert.Equal([problem], settings.Problems);
        Assert.Equal(new ReminderSettings { Problems = settings.Problems }, settings); // every value is the default
    }

    [Fact]
    public void Missing_settings_keep_their_defaults_without_a_problem()
    {
        var settings = ReminderSettings.From([]);

        Assert.Empty(settings.Problems);
        Assert.Equal(new ReminderSettings { Problems = settings.Problems }, settings);
    }

    [Fact]
    public void Weekly_summary_puts_overdue_processes_first_and_measures_decisions_in_business_days()
    {
        var plan = Plan([
            Request(1, ChangeRequestStatus.PendingLeader, "GLEGN02", new DateOnly(2026, 1, 12)),
            Request(2, ChangeRequestStatus.PendingLeader, "GTHUM01", new DateOnly(2025, 12, 15)),
            Request(3, ChangeRequestStatus.PendingQuality, "GTHUM01", new DateOnly(2026, 1, 13))]);
        var decided = new DecisionTaken(ChangeRequestStatus.PendingLeader, "GLEGN02",
            BogotaTime.At(new DateOnly(2026, 1, 2), new TimeOnly(9, 0)), BogotaTime.At(new DateOnly(2026, 1, 7), new TimeOnly(9, 0)));

        var summary = WeeklySummary.Build(Today, plan.Pending, [decided]);

        Assert.Equal("GTHUM01", summary.Processes[0].ProcessCode);
        Assert.Equal(1, summary.Processes[0].Overdue);
        Assert.Equal([2L], summary.Overdue.Select(o => o.Request.RequestId));
        Assert.Equal(new WeeklySummary.StepLine(ChangeRequestStatus.PendingLeader, 2, 1), summary.Steps[0]);
        Assert.Equal(3, summary.Durations[0].MaxDays); // 5, 6, 7 January
        Assert.Equal(0, summary.Durations[1].Count);
    }
}
