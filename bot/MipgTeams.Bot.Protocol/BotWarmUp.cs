using System.Text.Json;
using System.Text.Json.Nodes;
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
}
