using System.Text.Json.Nodes;
using MipgTeams.Bot.Cards;

namespace MipgTeams.Bot.ChangeRequests.Cards;

/// <summary>Inputs and small pieces the change-request cards share (Adaptive Cards 1.5 elements).</summary>
internal static class CardParts
{
    public static JsonObject Data(long requestId, int version) => new() { ["requestId"] = requestId, ["version"] = version };

    /// <summary>More than any field allows: what is shown back in an input is cut here, so the card stays within Teams' size limit.</summary>
    private const int MaxShownBack = 5000;

    public static JsonObject TextInput(string id, string label, string? value, string? placeholder = null, bool multiline = false, bool url = false)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["isMultiline"] = multiline };
        if (placeholder is not null) input["placeholder"] = placeholder;
        if (!string.IsNullOrEmpty(value)) input["value"] = UserText.Cap(value, MaxShownBack);
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
        // Messages quote what the person typed: escaped, so it can never render as a link or formatting.
        errors.TryGetValue(field, out var message) ? AdaptiveCard.Text("⚠️ " + CardText.Plain(message), size: "Small", color: "Attention") : null;
}
