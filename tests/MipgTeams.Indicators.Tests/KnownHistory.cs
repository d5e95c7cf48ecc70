using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.People;
using MipgTeams.Domain.Processes;
using MipgTeams.Domain.Settings;
using MipgTeams.Domain.Time;
using MipgTeams.Store;
using MipgTeams.Store.Questions;

namespace MipgTeams.Indicators.Tests;

/// <summary>
/// A small history whose every indicator is worked out by hand in the tests. "Now" is Tuesday 1 December 2026, 10:00 in
/// Bogotá. Request A crosses the holiday of Monday 23 March 2026 (San José).
/// </summary>
internal static class KnownHistory
{
    public static readonly DateTimeOffset Now = At(2026, 12, 1);

    public static readonly Person Leo = new("Leonardo Díaz", "leo@cartagena.gov.co", "00000000-0000-0000-0000-00000000001a");
    public static readonly Person Lucia = new("Lucía Ortega", "lucia@cartagena.gov.co", "00000000-0000-0000-0000-00000000002b");
    public static readonly Person Rosa = new("Rosa Martínez", "rosa@cartagena.gov.co", "00000000-0000-0000-0000-00000000003c");
    public static readonly Person Quality = new("Carmen Ruiz", "carmen@cartagena.gov.co", "00000000-0000-0000-0000-00000000004d");

    /// <summary>10:00 in Bogotá on that day.</summary>
    public static DateTimeOffset At(int year, int month, int day) => BogotaTime.At(new DateOnly(year, month, day), new TimeOnly(10, 0)).ToUniversalTime();

    public static async Task SeedAsync(MipgDbContext db)
    {
        db.Macroprocesses.AddRange(
            new Macroprocess { Code = "MA", Name = "Gestión Jurídica", Type = MacroprocessType.Support },
            new Macroprocess { Code = "ME", Name = "Direccionamiento Estratégico", Type = MacroprocessType.Strategic });
        db.Processes.AddRange(
            new Process { Code = "GLEGN02", Name = "Mejora Normativa", MacroprocessCode = "MA", Leader = Leo },
            new Process { Code = "DEPLA01", Name = "Planeación", MacroprocessCode = "ME", Leader = Lucia });
        db.QualityTeam.Add(new QualityTeamMember { Person = Quality });
        var deciders1 = new Deciders(Leo, [Quality]);
        var deciders2 = new Deciders(Lucia, [Quality]);

        // F: 2025, returned to Rosa and never corrected: open at the start of 2026, waiting on the requester now.
        var f = Submit(ChangeKind.Modify, "DEPLA01-P001", "DEPLA01", At(2025, 12, 15));
        f.Reject(Actor(Lucia), deciders2, "Falta el borrador", f.Version, At(2025, 12, 16));

        // A: Friday 20 March → leader Tuesday 24 (Monday 23 is a holiday: 1 business day) → quality Thursday 26 (2). Total 3.
        var a = Submit(ChangeKind.Modify, "GLEGN02-P001", "GLEGN02", At(2026, 3, 20));
        a.ApproveAsLeader(Actor(Leo), deciders1, a.Version, At(2026, 3, 24));
        a.ValidateAsQuality(Actor(Quality), deciders1, a.Version, At(2026, 3, 26));

        // B: a new document. Leader returns it after 8 business days, approves the correction after 1; quality takes 8. Total 18.
        var b = Submit(ChangeKind.Create, null, "DEPLA01", At(2026, 4, 6));
        b.Reject(Actor(Lucia), deciders2, "Ajustar el alcance", b.Version, At(2026, 4, 16));
        b.Resubmit(Actor(Rosa), b.Details, b.Version, At(2026, 4, 17));
        b.ApproveAsLeader(Actor(Lucia), deciders2, b.Version, At(2026, 4, 20));
        b.ValidateAsQuality(Actor(Quality), deciders2, b.Version, At(2026, 4, 30));

        // C: cancelled the next day.
        var c = Submit(ChangeKind.NewVersion, "GLEGN02-F001", "GLEGN02", At(2026, 5, 4));
        c.Cancel(Actor(Rosa), c.Version, At(2026, 5, 5));

        // D: waits on Leo since Friday 20 November: 7 business days by 1 December, past the 5-day deadline.
        var d = Submit(ChangeKind.Remove, "GLEGN02-I001", "GLEGN02", At(2026, 11, 20));

        // E: approved Monday 30 November, waits on the quality team for 1 business day.
        var e = Submit(ChangeKind.Modify, "DEPLA01-P002", "DEPLA01", At(2026, 11, 27));
        e.ApproveAsLeader(Actor(Lucia), deciders2, e.Version, At(2026, 11, 30));

        db.ChangeRequests.AddRange(f, a, b, c, d, e);

        db.Documents.AddRange(
            Doc("GLEGN02-P001", "GLEGN02", new DateOnly(2024, 6, 1)),
            Doc("GLEGN02-P002", "GLEGN02", new DateOnly(2025, 1, 15)),
            Doc("DEPLA01-P001", "DEPLA01", new DateOnly(2026, 1, 1)),
            Doc("DEPLA01-P003", "DEPLA01", new DateOnly(2020, 1, 1), DocumentStatus.Obsolete),
            Doc("DEPLA01-P004", "DEPLA01", new DateOnly(2024, 1, 1), removed: true));

        db.Questions.AddRange(
            Question(At(2026, 2, 2), "¿Cuál es el formato de CDP?", answered: true, helpful: true),
            Question(At(2026, 2, 3), "plazo de una PQRSD", answered: true, helpful: false),
            Question(At(2026, 3, 3), "¿Dónde está el formato X?", answered: false),
            Question(At(2026, 5, 3), "  ¿dónde está el formato x?", answered: false),
            Question(At(2026, 6, 3), "¿Dónde está el formato X?", answered: false),
            Question(At(2026, 6, 4), "manual de contratación", answered: false));
        await db.SaveChangesAsync();
    }

    private static ChangeRequest Submit(ChangeKind kind, string? code, string process, DateTimeOffset at) =>
        // A fresh Person per request: EF Core tracks owned values by reference.
        ChangeRequest.Submit(new ChangeDetails(kind, code, process, code is null ? "Documento nuevo" : null, "Cambio", "Motivo", null), Rosa with { }, at);

    private static Actor Actor(Person person) => new(person.EntraObjectId!, person.DisplayName);

    private static Document Doc(string code, string process, DateOnly approved, DocumentStatus status = DocumentStatus.Current, bool removed = false) => new()
    {
        SourceContainer = "demo", SourceItemId = code, Code = code, Title = code, ProcessCode = process, Path = code + ".docx",
        ApprovedOn = approved, Status = status, IsRemoved = removed,
    };

    private static QuestionLog Question(DateTimeOffset at, string text, bool answered, bool? helpful = null) =>
        new() { Id = Guid.CreateVersion7(at), AskedAt = at, Question = text, Answered = answered, Helpful = helpful };
}
