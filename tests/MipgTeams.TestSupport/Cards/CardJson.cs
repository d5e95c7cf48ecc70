using System.Text.Json.Nodes;

namespace MipgTeams.TestSupport.Cards;

/// <summary>Reading an Adaptive Card's JSON as a person sees it.</summary>
public static class CardJson
{
    /// <summary>Every object in the card, wherever it sits, each before what it holds: the order people read them in.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        if (node is JsonObject self)
        {
            yield return self;
        }
        foreach (var child in children)
        {
            foreach (var inner in Objects(child))
            {
                yield return inner;
            }
        }
    }

    /// <summary>The type of a card element or action ("TextBlock", "Action.Execute"…), or null.</summary>
    public static string? TypeOf(JsonObject element) => element["type"]?.GetValue<string>();
}
