using MipgTeams.TestSupport.Cards;

namespace MipgTeams.Bot.Tests.Support;

public static class Replies
{
    /// <summary>Everything a person reads in a reply: its text, its summary, and every TextBlock and fact of its cards.</summary>
    public static string Visible(JsonObject activity)
    {
        var parts = new List<string?> { activity["text"]?.GetValue<string>(), activity["summary"]?.GetValue<string>() };
        foreach (var attachment in activity["attachments"]?.AsArray() ?? [])
        {
            Collect(attachment?["content"], parts);
        }
        return string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    /// <summary>The Adaptive Card of a reply.</summary>
    public static JsonObject Card(JsonObject activity) => activity["attachments"]![0]!["content"]!.AsObject();

    /// <summary>Every Action.Execute of a card, wherever it sits.</summary>
    public static List<JsonObject> Actions(JsonObject card) => Elements(card, "Action.Execute");

    /// <summary>Every element or action of a card with the given type (TextBlock, Input.Text…), wherever it sits.</summary>
    public static List<JsonObject> Elements(JsonObject card, string type) => [.. CardJson.Objects(card).Where(e => CardJson.TypeOf(e) == type)];

    // Each TextBlock's text, and each titled value (a fact, a choice) as "title: value".
    private static void Collect(JsonNode? node, List<string?> parts)
    {
        foreach (var obj in CardJson.Objects(node))
        {
            if (CardJson.TypeOf(obj) == "TextBlock")
            {
                parts.Add(obj["text"]?.GetValue<string>());
            }
            if (obj["title"] is JsonValue title && obj["value"] is JsonValue value)
            {
                parts.Add($"{title}: {value}");
            }
        }
    }
}
