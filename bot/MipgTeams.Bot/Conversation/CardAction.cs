using System.Text.Json;
using System.Text.Json.Nodes;

namespace MipgTeams.Bot.Conversation;

/// <summary>
/// An Action.Execute from a card: its verb and data (the action's data merged with the card's inputs by id). The data
/// only locates things; who acts is always the invoke's from.aadObjectId.
/// </summary>
public sealed record CardAction(string Verb, JsonObject Data)
{
    /// <summary>Reads value.action of an adaptiveCard/action invoke, or the value of an Action.Submit message (fallback).</summary>
    public static CardAction? From(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }
        if (element.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object)
        {
            var verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? JsonNode.Parse(d.GetRawText())!.AsObject() : [];
            return string.IsNullOrWhiteSpace(verb) ? null : new CardAction(verb, data);
        }
        // Action.Submit fallback: the verb travels in the data.
        var submitted = JsonNode.Parse(element.GetRawText())!.AsObject();
        return submitted["verb"] is JsonValue verbValue && verbValue.TryGetValue<string>(out var submitVerb) && !string.IsNullOrWhiteSpace(submitVerb)
            ? new CardAction(submitVerb, submitted) : null;
    }

    /// <summary>
    /// A text field of the data, or a number as its digits (ids travel as numbers). Objects, arrays and true/false are
    /// not what any input sends: they read as missing, never as their JSON.
    /// </summary>
    public string? GetString(string name) => Data[name] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.ToJsonString(),
        _ => null,
    };

    /// <summary>true or false as JSON or as text ("true"/"false", any case); anything else reads as missing.</summary>
    public bool? GetBoolean(string name) => Data[name]?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => GetString(name)?.ToLowerInvariant() switch { "true" => true, "false" => false, _ => null },
    };
}
