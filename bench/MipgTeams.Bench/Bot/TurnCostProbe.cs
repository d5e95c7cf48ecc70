using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MipgTeams.Bot.Answers;
using MipgTeams.Bot.Protocol;
using MipgTeams.Search;
using MipgTeams.Search.Analysis;
using MipgTeams.Search.Answers;
using MipgTeams.Search.Index;
using MipgTeams.SharePoint;
using MipgTeams.SharePoint.Sync;
using MipgTeams.Store;

namespace MipgTeams.Bench.Bot;

/// <summary>Where a turn's time goes, in process: parsing the activity, answering, building the card, writing the reply.</summary>
internal static class TurnCostProbe
{
    public static async Task RunAsync()
    {
        var work = Directory.CreateTempSubdirectory("mipg-bench-probe-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = $"Data Source={Path.Combine(work, "mipg.db")}",
            ["Folder:Root"] = Path.Combine(BotEndpointBenchmark.RepoRoot(), "demo"),
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddStore(configuration).AddSharePointSync(configuration).BuildServiceProvider();
        await services.MigrateStoreAsync();
        await services.GetRequiredService<DocumentSyncService>().SyncOnceAsync();
        using var index = new SearchIndex(Path.Combine(work, "index"), new SpanishSearchAnalyzer(SearchServiceCollectionExtensions.LoadSynonyms(null)));
        var catalog = new ModelCatalog();
        await new IndexUpdater(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<MipgDbContext>>(), index, catalog, NullLogger<IndexUpdater>.Instance).CatchUpAsync();
        var engine = new AnswerEngine(index, catalog);
        var json = "{\"type\":\"message\",\"id\":\"1\",\"serviceUrl\":\"http://127.0.0.1:9/_connector\",\"channelId\":\"msteams\",\"from\":{\"id\":\"u\"},\"recipient\":{\"id\":\"bot\"},\"conversation\":{\"id\":\"c\"},\"text\":\"GLEGN02-P001\",\"deliveryMode\":\"expectReplies\"}";
        const int n = 20_000;
        double parse = 0, answer = 0, card = 0, write = 0;
        for (var i = 0; i < n; i++)
        {
            var t = Stopwatch.GetTimestamp();
            var activity = JsonSerializer.Deserialize<MipgTeams.Bot.Protocol.Activity>(json, BotJson.Options)!;
            parse += Stopwatch.GetElapsedTime(t).TotalMicroseconds;
            t = Stopwatch.GetTimestamp();
            var a = engine.Answer(activity.Text!);
            answer += Stopwatch.GetElapsedTime(t).TotalMicroseconds;
            t = Stopwatch.GetTimestamp();
            var reply = activity.CreateReply();
            reply.Summary = AnswerCard.PlainText(a);
            reply.Attachments = [Attachment.AdaptiveCard(AnswerCard.Render(a, Guid.CreateVersion7(), activity.Text!))];
            card += Stopwatch.GetElapsedTime(t).TotalMicroseconds;
            t = Stopwatch.GetTimestamp();
            JsonSerializer.SerializeToUtf8Bytes(new { activities = new[] { reply } }, BotJson.Options);
            write += Stopwatch.GetElapsedTime(t).TotalMicroseconds;
        }
        double analyze = 0, search = 0, known = 0;
        var q = QueryBuilder.Build(Terms.Of(index.Analyzer, "GLEGN02-P001"), MipgTeams.Domain.Documents.DocumentCode.FindAll("GLEGN02-P001"), true, index.IsKnownTerm);
        for (var i = 0; i < n; i++)
        {
            var t = Stopwatch.GetTimestamp();
            Terms.Of(index.Analyzer, "GLEGN02-P001");
            analyze += Stopwatch.GetElapsedTime(t).TotalMicroseconds;
            t = Stopwatch.GetTimestamp();
            index.Search(q, 8);
            search += Stopwatch.GetElapsedTime(t).TotalMicroseconds;
            t = Stopwatch.GetTimestamp();
            index.IsKnownTerm("glegn02");
            known += Stopwatch.GetElapsedTime(t).TotalMicroseconds;
        }
        Console.WriteLine($"pieces (µs): analyze {analyze / n:F1}, search {search / n:F1}, known-term {known / n:F1}");
        Console.WriteLine($"turn cost (µs, mean): parse {parse / n:F1}, answer {answer / n:F1}, card {card / n:F1}, write {write / n:F1}");
        Directory.Delete(work, recursive: true);
    }
}
