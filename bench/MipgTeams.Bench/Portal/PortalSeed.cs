using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MipgTeams.Domain.Documents;
using MipgTeams.SharePoint.Folder;
using MipgTeams.Store;

namespace MipgTeams.Bench.Portal;

/// <summary>
/// Adds generated documents to a store holding the synced demo: codes across the demo's processes and every type, a
/// few obsolete versions and drafts, titles and a couple of kilobytes of text each, all pointing at one real demo file.
/// </summary>
internal static class PortalSeed
{
    internal static readonly string[] Words =
    [
        "procedimiento", "formato", "guía", "manual", "solicitud", "certificado", "disponibilidad", "presupuestal", "registro", "contrato",
        "petición", "queja", "reclamo", "respuesta", "plazo", "días", "hábiles", "publicación", "ciudadanía", "comité", "conciliación",
        "sentencia", "pago", "archivo", "inventario", "documental", "transferencia", "riesgo", "control", "auditoría", "indicador",
        "seguimiento", "plan", "acción", "mejoramiento", "talento", "humano", "vacaciones", "vinculación", "seguridad", "información",
    ];

    public static async Task<IReadOnlyList<string>> AddAsync(string connection, int count, Random random)
    {
        await using var services = new ServiceCollection().AddStore(new StoreOptions { ConnectionString = connection }).BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<MipgDbContext>>().CreateDbContextAsync();
        var processes = await db.Processes.AsNoTracking().ToListAsync();
        var demoFile = await db.Documents.AsNoTracking().Where(d => d.Code == "GLEGN02-F003").Select(d => d.Path).FirstAsync();
        var change = await db.Documents.MaxAsync(d => d.ChangeNumber);
        var types = Enum.GetValues<DocumentType>();
        var codes = new List<string>();
        for (var i = 0; codes.Count < count; i++)
        {
            var process = processes[i % processes.Count];
            var type = types[i / processes.Count % types.Length];
            var code = $"{process.Code}-{type.Letter()}{500 + i / (processes.Count * types.Length):000}";
            var roll = random.NextDouble();
            var status = roll < 0.02 ? DocumentStatus.UnderReview : DocumentStatus.Current;
            db.Documents.Add(Generate(code, type, process, status, roll < 0.1 ? "2.0" : "1.0", demoFile, ++change, random));
            codes.Add(code);
            if (roll is >= 0.02 and < 0.1 && codes.Count < count)
            {
                db.Documents.Add(Generate(code, type, process, DocumentStatus.Obsolete, "1.0", demoFile, ++change, random));
                codes.Add(code);
            }
        }
        await db.SaveChangesAsync();
        return codes.Distinct().ToList();
    }

    private static Document Generate(string code, DocumentType type, MipgTeams.Domain.Processes.Process process, DocumentStatus status, string version,
        string path, long change, Random random) => new()
    {
        SourceContainer = FolderSharePointSource.LibraryId,
        SourceItemId = $"bench-{change}",
        Code = code,
        Type = type,
        Title = $"{type.SpanishName()} {Phrase(random, 4 + random.Next(6))}",
        Version = version,
        Status = status,
        ProcessCode = process.Code,
        MacroprocessCode = process.MacroprocessCode,
        Path = path,
        Text = string.Join('\n', Enumerable.Range(0, 20).Select(_ => Phrase(random, 10 + random.Next(10)))),
        LastModified = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(random.Next(20_000)),
        ApprovedOn = new DateOnly(2020, 1, 1).AddDays(random.Next(2_000)),
        ChangeNumber = change,
        ContentHash = $"bench-{change}",
    };

    // Real documents use thousands of words, a few of them very often: domain words plus synthetic ones, Zipf-like
    // (as the search benchmark).
    private static readonly string[] Vocabulary = Words.Concat(Enumerable.Range(0, 3000).Select(Synthetic)).ToArray();

    private static string Synthetic(int i)
    {
        string[] syllables = ["ca", "de", "li", "mo", "ra", "te", "si", "no", "pa", "ro", "ven", "tor", "mi", "gu", "ce"];
        return syllables[i % 15] + syllables[i / 15 % 15] + syllables[i / 225 % 15] + "ción";
    }

    private static string Phrase(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[(int)(Vocabulary.Length * Math.Pow(random.NextDouble(), 2.5))]));
}
