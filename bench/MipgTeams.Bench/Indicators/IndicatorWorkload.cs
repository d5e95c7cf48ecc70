using MipgTeams.Domain.ChangeRequests;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.People;
using MipgTeams.Domain.Processes;
using MipgTeams.Domain.Settings;
using MipgTeams.Domain.Time;
using MipgTeams.Store;
using MipgTeams.Store.Questions;
using Microsoft.EntityFrameworkCore;

namespace MipgTeams.Bench.Indicators;

/// <summary>
/// Four years of history (2023–2026): 16 macroprocesses, 200 processes, 5,000 documents, the requested number of change
/// requests through the real domain transitions (about 3.5 events each; 1 in 10 still open, 1 in 10 cancelled, 1 in 5
/// returned once), and questions. Seeded so two runs see the same store.
/// </summary>
internal static class IndicatorWorkload
{
    public static readonly DateTimeOffset Now = BogotaTime.At(new DateOnly(2026, 12, 1), new TimeOnly(10, 0)).ToUniversalTime();
    private static readonly DateTimeOffset First = BogotaTime.At(new DateOnly(2023, 1, 2), new TimeOnly(8, 0)).ToUniversalTime();

    public static async Task SeedAsync(IDbContextFactory<MipgDbContext> factory, int requests, int questions)
    {
        var random = new Random(16);
        var quality = new Person("Calidad", "calidad@cartagena.gov.co", Guid.NewGuid().ToString());
        var leaders = Enumerable.Range(0, 200).Select(i => new Person($"Líder {i}", $"lider{i}@cartagena.gov.co", Guid.NewGuid().ToString())).ToArray();
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Macroprocesses.AddRange(Enumerable.Range(0, 16).Select(i => new Macroprocess { Code = $"M{i:00}", Name = $"Macroproceso {i}", Type = (MacroprocessType)(i % 4) }));
            db.Processes.AddRange(Enumerable.Range(0, 200).Select(i => new Process
            {
                Code = ProcessCode(i), Name = $"Proceso {i}", MacroprocessCode = $"M{i % 16:00}", Leader = leaders[i] with { },
            }));
            db.QualityTeam.Add(new QualityTeamMember { Person = quality });
            db.Documents.AddRange(Enumerable.Range(0, 5000).Select(i => new Document
            {
                SourceContainer = "bench", SourceItemId = $"d{i}", Code = $"{ProcessCode(i % 200)}-P{i:0000}", Title = $"Documento {i}",
                ProcessCode = ProcessCode(i % 200), Path = $"d{i}.docx", ApprovedOn = new DateOnly(2021, 1, 1).AddDays(random.Next(0, 2000)),
            }));
            await db.SaveChangesAsync();
        }

        var span = (Now - First).TotalMinutes;
        const int batch = 2000;
        for (var start = 0; start < requests; start += batch)
        {
            await using var db = await factory.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(requests, start + batch); i++)
            {
                db.ChangeRequests.Add(Request(random, i, First.AddMinutes(random.NextDouble() * span * 0.995), leaders, quality));
            }
            await db.SaveChangesAsync();
        }
        for (var start = 0; start < questions; start += 5000)
        {
            await using var db = await factory.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(questions, start + 5000); i++)
            {
                var at = First.AddMinutes(random.NextDouble() * span);
                var answered = random.Next(10) < 8;
                db.Questions.Add(new QuestionLog
                {
                    Id = Guid.CreateVersion7(at), AskedAt = at, Question = answered ? $"pregunta {i}" : $"tema sin respuesta {random.Next(300)}",
                    Answered = answered, Helpful = random.Next(3) switch { 0 => true, 1 => false, _ => null }, SentToQualityTeam = !answered && random.Next(4) == 0,
                });
            }
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Codes of the Procesos list's form (letters, then two digits), which the portal's filters accept: PA00 … PB99.</summary>
    public static string ProcessCode(int i) => $"P{(char)('A' + (i / 100))}{i % 100:00}";

    private static ChangeRequest Request(Random random, int i, DateTimeOffset at, Person[] leaders, Person quality)
    {
        var process = random.Next(200);
        var leader = leaders[process];
        var requester = new Person($"Persona {i % 3000}", $"p{i % 3000}@cartagena.gov.co", $"00000000-0000-0000-0000-{i % 3000:000000000000}");
        var kind = (ChangeKind)random.Next(4);
        var request = ChangeRequest.Submit(new ChangeDetails(kind, kind == ChangeKind.Create ? null : $"{ProcessCode(process)}-P{i:00000}", ProcessCode(process),
            kind == ChangeKind.Create ? "Documento nuevo" : null, "Cambio", "Motivo", null), requester, at);
        var deciders = new Deciders(leader, [quality]);
        var leaderActor = new Actor(leader.EntraObjectId!, leader.DisplayName);
        var qualityActor = new Actor(quality.EntraObjectId!, quality.DisplayName);
        var requesterActor = new Actor(requester.EntraObjectId!, requester.DisplayName);
        DateTimeOffset Later() => at = at.AddHours(4 + (random.NextDouble() * 24 * 9));
        var fate = random.Next(10);
        if (fate == 0)
        {
            request.Cancel(requesterActor, request.Version, Later());
            return request;
        }
        if (fate <= 2)
        {
            request.Reject(leaderActor, deciders, "Ajustar", request.Version, Later());
            request.Resubmit(requesterActor, request.Details, request.Version, Later());
        }
        if (fate == 9 && at > Now.AddDays(-120))
        {
            return request;
        }
        if (Later() > Now)
        {
            return request;
        }
        request.ApproveAsLeader(leaderActor, deciders, request.Version, at);
        if (Later() > Now)
        {
            return request;
        }
        request.ValidateAsQuality(qualityActor, deciders, request.Version, at);
        return request;
    }
}
