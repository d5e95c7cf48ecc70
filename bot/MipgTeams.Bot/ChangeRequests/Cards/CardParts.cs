using System.Text.Json.Nodes;

namespace MipgTeams.Bot.ChangeRequests.Cards;

/// <summary>Inputs and small pieces the change-request cards share (Adaptive Cards 1.5 elements).</summary>
internal static class CardParts
{
    public static JsonObject Data(long requestId, int version) => new() { ["requestId"] = requestId, ["version"] = version };

    public static JsonObject TextInput(string id, string label, string? value, string? placeholder = null, bool multiline = false, bool url = false)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["isMultiline"] = multiline };
        if (placeholder is not null) input["placeholder"] = placeholder;
        if (!string.IsNullOrEmpty(value)) input["value"] = value;
        if (url) input["style"] = "Url";
        return input;
    }

    public static JsonObject Choices(string id, string label, string? value, IEnumerable<(string Value, string Title)> choices, string? placeholder = null)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["style"] = "compact",
            ["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray()),
        };
        if (placeholder is not null) input["placeholder"] = placeholder;
        if (!string.IsNullOrEmpty(value)) input["value"] = value;
        return input;
    }

    public static JsonObject? Error(IReadOnlyDictionary<string, string> errors, string field) =>
        errors.TryGetValue(field, out var message) ? MipgTeams.Bot.Cards.AdaptiveCard.Text("⚠️ " + message, size: "Small", color: "Attention") : null;
}
