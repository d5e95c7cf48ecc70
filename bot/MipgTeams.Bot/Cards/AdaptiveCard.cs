using System.Text.Json.Nodes;

namespace MipgTeams.Bot.Cards;

/// <summary>
/// Small builders for Adaptive Card JSON (the AdaptiveCards package is not available here). Version 1.5 is what Teams
/// renders; Action.Execute needs it.
/// </summary>
public static class AdaptiveCard
{
    public const string Version = "1.5";

    public static JsonObject Create(string fallbackText, params JsonNode?[] body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        ["fallbackText"] = fallbackText,
        ["body"] = new JsonArray(body.Where(b => b is not null).ToArray()),
    };

    public static JsonObject Text(string text, string? size = null, string? weight = null, bool wrap = true, bool subtle = false, string? color = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = wrap };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (subtle) block["isSubtle"] = true;
        if (color is not null) block["color"] = color;
        return block;
    }

    public static JsonObject Facts(params (string Title, string? Value)[] facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Where(f => !string.IsNullOrEmpty(f.Value))
            .Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    public static JsonObject Actions(params JsonObject[] actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(actions.Select(a => (JsonNode)a).ToArray()),
    };

    public static JsonObject OpenUrl(string title, string url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };

    /// <summary>Action.Execute (Universal Actions), falling back to Action.Submit with the verb in its data on old clients.</summary>
    public static JsonObject Execute(string title, string verb, JsonObject data, string? style = null)
    {
        var withVerb = data.DeepClone().AsObject();
        withVerb["verb"] = verb;
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data,
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = withVerb },
        };
        if (style is not null) action["style"] = style;
        return action;
    }

    public static JsonObject Container(params JsonNode?[] items) => new()
    {
        ["type"] = "Container",
        ["separator"] = true,
        ["spacing"] = "Medium",
        ["items"] = new JsonArray(items.Where(i => i is not null).ToArray()),
    };
}
