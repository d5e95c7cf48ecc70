using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// What the first turn after start-up would otherwise pay for (about 150 ms on a 2-core machine, measured with a
/// typing activity): building the adapter and the bot's object graph, and the JSON metadata of activities and cards.
/// Done once before the host serves, so the first person to write is answered as fast as the rest.
/// </summary>
public static class BotWarmUp
{
    private const string SampleActivity = """
        {"type":"message","id":"warm-up","timestamp":"2026-01-01T00:00:00Z","serviceUrl":"https://localhost/",
         "channelId":"msteams","from":{"id":"29:warm-up","name":"warm-up","aadObjectId":"00000000-0000-0000-0000-000000000000"},
         "recipient":{"id":"28:bot","name":"bot"},"conversation":{"id":"a:warm-up","conversationType":"personal","tenantId":"t"},
         "text":"ayuda","locale":"es-CO","entities":[{"type":"clientInfo","locale":"es-CO"}],
         "channelData":{"tenant":{"id":"t"}},"value":{"verb":"warm-up"},"membersAdded":[{"id":"29:warm-up"}]}
        """;

    /// <summary>Resolves the adapter and round-trips an activity and a card reply through the wire format.</summary>
    public static void WarmUpBotProtocol(this IServiceProvider services)
    {
        services.GetRequiredService<BotAdapter>();
        var activity = JsonSerializer.Deserialize<Activity>(SampleActivity, BotJson.Options)!;
        var reply = activity.CreateReply("ayuda");
        reply.Attachments = [Attachment.AdaptiveCard(new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray() })];
        JsonSerializer.Serialize(new { activities = new[] { reply } }, BotJson.Options);
        JsonSerializer.Serialize(InvokeResponse.Error(500, "warm-up", "warm-up").Body, BotJson.Options);
    }

    /// <summary>
    /// Runs one whole turn in process, as if Teams had posted <paramref name="activity"/> to the endpoint, with its
    /// replies returned inline (expectReplies) so nothing reaches the connector. The turn path the first people would
    /// otherwise compile (reading the body, the bot's handlers, the store's queries, the answer, the reply's JSON) is
    /// compiled here. It is trusted (no token) and not counted. Whatever the bot stores for the activity's
    /// conversation is the caller's to remove.
    /// </summary>
    public static async Task RunWarmUpTurnAsync(this IServiceProvider services, Activity activity, CancellationToken cancellationToken = default)
    {
        activity.DeliveryMode = "expectReplies";
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options);
        var http = new DefaultHttpContext { RequestServices = services, RequestAborted = cancellationToken };
        http.Request.Method = HttpMethods.Post;
        http.Request.ContentType = "application/json";
        http.Request.ContentLength = body.Length;
        http.Request.Body = new MemoryStream(body);
        http.Response.Body = Stream.Null;
        await services.GetRequiredService<BotAdapter>().ProcessAsync(http, warmUp: true);
    }
}
