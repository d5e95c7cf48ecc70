using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit.Abstractions;

namespace MipgTeams.Bot.Tests.Protocol;

/// <summary>
/// Hostile or broken activities (random JSON shapes, wrong types, huge fields, garbage) posted to /api/messages while the
/// connector cannot be reached (a closed port on 127.0.0.1): never a 5xx, never an answer slower than 5 s. Seeded, so a
/// failure repeats; bounded in count and time.
/// </summary>
public sealed class HostileActivityFuzzTests(ITestOutputHelper output)
{
    private const int Rounds = 300;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan TimeBox = TimeSpan.FromSeconds(90);
    private static readonly string[] Keys = ["id", "type", "aadObjectId", "verb", "data", "conversationType", "tenantId"];
    private static readonly string[] Types = ["message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "event", "typing", "", "MESSAGE", "x"];

    [Fact]
    public async Task Hostile_activities_against_an_unreachable_connector_get_no_5xx_and_no_slow_answer()
    {
        await using var bot = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Bot:InlineSendBudget"] = "00:00:00.500" });
        var unreachable = $"http://127.0.0.1:{ClosedPort()}";
        var random = new Random(20261201);
        var total = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        var statuses = new Dictionary<int, int>();
        var rounds = 0;
        for (; rounds < Rounds && total.Elapsed < TimeBox; rounds++)
        {
            var body = Hostile(random, bot, unreachable);
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            var watch = Stopwatch.StartNew();
            using var response = await bot.Client.PostAsync("/api/messages", content);
            watch.Stop();
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            Assert.True((int)response.StatusCode < 500, $"round {rounds}: {(int)response.StatusCode} for {Shorten(body)}");
            Assert.True(watch.Elapsed < Limit, $"round {rounds}: {watch.Elapsed} for {Shorten(body)}");
        }
        output.WriteLine($"{rounds} hostile activities in {total.Elapsed.TotalSeconds:0.0} s; slowest answer {slowest.TotalMilliseconds:0} ms; " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(rounds >= 50, "too few rounds ran to mean anything");

        // The bot still serves afterwards.
        Assert.NotEmpty(await bot.AskAsync("GLEGN02-P001"));
    }

    private static string Hostile(Random random, BotHost bot, string serviceUrl)
    {
        switch (random.Next(6))
        {
            case 0:
                return Garbage(random);
            case 1:
                return RandomValue(random, depth: 0)?.ToJsonString() ?? "null";
            case 2:
                return Deep(random.Next(10, 200));
            default:
                var activity = bot.Message(new string('a', random.Next(0, 20)), serviceUrl: serviceUrl);
                activity["type"] = Types[random.Next(Types.Length)];
                activity["name"] = random.Next(3) == 0 ? "adaptiveCard/action" : RandomString(random, 20);
                string[] fields = ["text", "from", "recipient", "conversation", "value", "membersAdded", "membersRemoved", "entities", "attachments", "channelData", "timestamp", "replyToId", "locale", "textFormat", "deliveryMode", "action", "id"];
                // A few fields at most, often of the right JSON kind, so that many reach the bot instead of stopping at the parser.
                for (var mutations = random.Next(0, 3); mutations > 0; mutations--)
                {
                    var field = fields[random.Next(fields.Length)];
                    activity[field] = random.Next(2) == 0 && activity[field] is JsonObject
                        ? new JsonObject { ["id"] = RandomString(random, 40), ["aadObjectId"] = RandomString(random, 36), ["conversationType"] = RandomString(random, 8) }
                        : random.Next(2) == 0 ? JsonValue.Create(RandomString(random, random.Next(0, 500))) : RandomValue(random, depth: 0);
                }
                if (random.Next(5) == 0)
                {
                    activity["text"] = new string('ñ', random.Next(1_000, 120_000)); // under and over the size cap, in UTF-8
                }
                if (random.Next(5) == 0)
                {
                    activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = RandomValue(random, 0), ["data"] = RandomValue(random, 0) } };
                }
                return activity.ToJsonString();
        }
    }

    private static JsonNode? RandomValue(Random random, int depth) => (depth > 3 ? random.Next(5) : random.Next(8)) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        2 => JsonValue.Create(random.NextDouble() * 1e300),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => JsonValue.Create(RandomString(random, random.Next(0, 300))),
        5 => new JsonArray(Enumerable.Range(0, random.Next(0, 5)).Select(_ => RandomValue(random, depth + 1)).ToArray()),
        _ => new JsonObject(Enumerable.Range(0, random.Next(0, 5)).Select(i => KeyValuePair.Create(
            random.Next(3) == 0 ? Keys[random.Next(Keys.Length)] : "k" + i + RandomString(random, 3),
            RandomValue(random, depth + 1))).DistinctBy(p => p.Key)),
    };

    private static string RandomString(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(10) switch
            {
                0 => (char)random.Next(0, 32), // control characters
                1 => (char)random.Next(0xD800, 0xDFFF), // lone surrogates
                2 => "<>\"'&{}[]\\/%".ElementAt(random.Next(12)),
                _ => (char)random.Next(32, 0x24F),
            };
        }
        return new string(chars);
    }

    private static string Garbage(Random random)
    {
        var bytes = new byte[random.Next(0, 2_000)];
        random.NextBytes(bytes);
        return random.Next(2) == 0 ? Encoding.Latin1.GetString(bytes) : "{\"type\":\"message\",\"text\":\"" + Convert.ToBase64String(bytes);
    }

    private static string Deep(int depth) => new StringBuilder().Insert(0, "{\"a\":", depth).Append('1').Append('}', depth).ToString();

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
