using System.Diagnostics;
using MipgTeams.Bot.Answers;
using MipgTeams.Domain.Documents;
using MipgTeams.Search;
using MipgTeams.Search.Analysis;
using MipgTeams.Search.Answers;
using MipgTeams.Search.Index;

namespace MipgTeams.Bench.Search;

/// <summary>
/// 10,000 generated documents: index build time and size, then question latency in process — the full answer (intent,
/// search, passage, card) beside the raw Lucene query on the same index.
/// </summary>
internal static class SearchBenchmark
{
    private const int Documents = 10_000;
    private const int Questions = 2_000;

    private static readonly string[] Words =
    [
        "procedimiento", "formato", "guia", "manual", "solicitud", "certificado", "disponibilidad", "presupuestal", "registro", "contrato",
        "peticion", "queja", "reclamo", "respuesta", "plazo", "dias", "habiles", "calendario", "publicacion", "ciudadania", "comite",
        "conciliacion", "sentencia", "pago", "archivo", "inventario", "documental", "transferencia", "riesgo", "control", "auditoria",
        "indicador", "seguimiento", "plan", "accion", "mejoramiento", "talento", "humano", "vacaciones", "vinculacion", "seguridad",
        "informacion", "activos", "contrasena", "gobierno", "digital", "participacion", "rendicion", "cuentas", "normativa", "decreto",
    ];

    // Real documents use thousands of words, a few of them very often: domain words plus synthetic ones, Zipf-like.
    private static readonly string[] Vocabulary = Words.Concat(Enumerable.Range(0, 3000).Select(Synthetic)).ToArray();

    private static string Synthetic(int i)
    {
        string[] syllables = ["ca", "de", "li", "mo", "ra", "te", "si", "no", "pa", "ro", "ven", "tor", "mi", "gu", "ce"];
        return syllables[i % 15] + syllables[i / 15 % 15] + syllables[i / 225 % 15] + "ción";
    }

    private static string Word(Random random) => Vocabulary[(int)(Vocabulary.Length * Math.Pow(random.NextDouble(), 2.5))];

    public static void Run()
    {
        var random = new Random(42);
        var folder = Directory.CreateTempSubdirectory("mipg-bench-index-").FullName;
        try
        {
            var analyzer = new SpanishSearchAnalyzer(SearchServiceCollectionExtensions.LoadSynonyms(null));
            var catalog = new ModelCatalog();
            catalog.ReplaceLists([new MipgTeams.Domain.Processes.Process { Code = "BENCH01", Name = "Proceso de prueba", MacroprocessCode = "BNCH" }], [], [], []);
            var documents = Enumerable.Range(1, Documents).Select(i => Generate(i, random)).ToList();

            var build = Stopwatch.StartNew();
            using var index = new SearchIndex(folder, analyzer);
            foreach (var document in documents)
            {
                index.Upsert(new IndexedDocument(document, "Proceso de prueba", "Macroproceso de prueba"));
                catalog.Apply(document);
            }
            index.Commit(Documents);
            build.Stop();

            var engine = new AnswerEngine(index, catalog);
            // One question in five carries a typo, as staff type them.
            var questions = Enumerable.Range(0, Questions).Select(q => string.Join(' ', Enumerable.Range(0, 2 + random.Next(4)).Select(_ => Word(random))))
                .Select((q, i) => i % 5 == 0 ? Typo(q, random) : q).ToList();
            // The same query the engine runs (the person's words weigh more than synonyms; each word's sound key too).
            var queries = questions.Select(q => RawQuery(analyzer, index, q)).ToList();

            for (var i = 0; i < 200; i++)
            {
                AnswerCard.Render(engine.Answer(questions[i]), Guid.CreateVersion7());
                index.Search(queries[i], 8);
            }
            var raw = new List<double>(Questions);
            var full = new List<double>(Questions);
            for (var i = 0; i < Questions; i++)
            {
                var t = Stopwatch.GetTimestamp();
                index.Search(queries[i], 8);
                raw.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);

                t = Stopwatch.GetTimestamp();
                AnswerCard.Render(engine.Answer(questions[i]), Guid.CreateVersion7());
                full.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            Console.WriteLine($"search: {Documents:N0} documents, index built in {build.Elapsed.TotalSeconds:F1} s, {index.SizeOnDiskBytes / 1024.0 / 1024.0:F1} MB on disk");
            Console.WriteLine($"search: raw Lucene query   p50 {Percentiles.Of(raw, 50):F2} ms  p99 {Percentiles.Of(raw, 99):F2} ms");
            Console.WriteLine($"search: full answer + card p50 {Percentiles.Of(full, 50):F2} ms  p99 {Percentiles.Of(full, 99):F2} ms");
            Console.WriteLine($"search: full / raw at p50  {Percentiles.Of(full, 50) / Percentiles.Of(raw, 50):F2}x");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Lucene.Net.Search.Query RawQuery(SpanishSearchAnalyzer analyzer, SearchIndex index, string question)
    {
        var literal = Terms.Of(new SpanishSearchAnalyzer(synonyms: null), question);
        var sounds = literal.Zip(Terms.Of(analyzer, question, field: SpanishSearchAnalyzer.PhoneticField))
            .GroupBy(p => p.First).ToDictionary(g => g.Key, g => g.First().Second);
        return QueryBuilder.Build(Terms.Of(analyzer, question), DocumentCode.FindAll(question), includeHistory: false, index.IsKnownTerm, literal.ToHashSet(), sounds);
    }

    private static string Typo(string question, Random random)
    {
        var chars = question.ToCharArray();
        var at = random.Next(1, chars.Length - 1);
        (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
        return new string(chars);
    }

    private static Document Generate(int i, Random random)
    {
        var type = (DocumentType)(i % 6);
        var title = string.Join(' ', Enumerable.Range(0, 4).Select(_ => Word(random)));
        var lines = Enumerable.Range(0, 8).Select(l => $"Paso {l + 1}. " + string.Join(' ', Enumerable.Range(0, 18).Select(_ => Word(random))) + $" en {random.Next(1, 30)} dias.");
        return new Document
        {
            Id = i,
            SourceContainer = "bench",
            SourceItemId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Code = $"BENCH01-{type.Letter()}{i % 1000:000}",
            Type = type,
            Title = title,
            Version = "1.0",
            Status = i % 10 == 0 ? DocumentStatus.Obsolete : DocumentStatus.Current,
            ProcessCode = "BENCH01",
            MacroprocessCode = "BNCH",
            Path = $"bench/{i}.docx",
            WebUrl = $"https://example.invalid/{i}",
            Text = string.Join('\n', lines),
            ChangeNumber = i,
        };
    }
}
