using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MipgTeams.SharePoint;
using MipgTeams.SharePoint.Sync;
using MipgTeams.Store;

namespace MipgTeams.Evaluation;

/// <summary>
/// The whole path a question takes: a folder library synced into a fresh store, then each question posted to the bot's
/// /api/messages with deliveryMode expectReplies, and the card that comes back read as a person would.
/// </summary>
public static class EvaluationRunner
{
    /// <summary>Syncs the set's folder library into the (empty) SQLite store at <paramref name="connectionString"/>.</summary>
    public static async Task SyncAsync(EvaluationSet set, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Sqlite",
            ["Store:ConnectionString"] = connectionString,
            ["Folder:Root"] = set.Folder,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System)
            .AddStore(configuration).AddSharePointSync(configuration).BuildServiceProvider();
        await services.MigrateStoreAsync();
        await services.GetRequiredService<DocumentSyncService>().SyncOnceAsync();
    }

    /// <summary>Asks every question of the set, in order, through <paramref name="client"/> (its base address is the bot).</summary>
    public static async Task<EvaluationResult> AskAllAsync(HttpClient client, EvaluationSet set, CancellationToken cancellationToken = default)
    {
        var result = new EvaluationResult(set.Name);
        var number = 0;
        foreach (var c in set.Cases)
        {
            var started = Stopwatch.GetTimestamp();
            var reply = await AskAsync(client, c.Question, ++number, cancellationToken);
            result.Add(c, reply, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return result;
    }

    public static async Task<CardReply> AskAsync(HttpClient client, string question, int number, CancellationToken cancellationToken = default)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"evaluation-{number}",
            ["serviceUrl"] = "http://127.0.0.1:9/_connector",
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:evaluation", ["name"] = "Evaluación", ["aadObjectId"] = "eeeeeeee-0000-0000-0000-000000000001" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "MipgTeams" },
            ["conversation"] = new JsonObject { ["id"] = "a:evaluation", ["conversationType"] = "personal" },
            ["text"] = question,
            ["deliveryMode"] = "expectReplies",
        };
        using var response = await client.PostAsync("api/messages", JsonContent.Create(activity), cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
        return CardReply.Read(body["activities"]!.AsArray().Select(a => a!.AsObject()));
    }
}
