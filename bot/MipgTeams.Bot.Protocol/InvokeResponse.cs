using System.Text.Json.Nodes;

namespace MipgTeams.Bot.Protocol;

/// <summary>The HTTP status and JSON body that answer an invoke activity (e.g. adaptiveCard/action).</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body)
{
    /// <summary>Replaces the card for the user who clicked (Universal Actions response).</summary>
    public static InvokeResponse Card(JsonObject card) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.card.adaptive",
        ["value"] = card,
    });

    /// <summary>Shows a short message to the user who clicked.</summary>
    public static InvokeResponse Message(string text) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.activity.message",
        ["value"] = text,
    });

    /// <summary>An error the client shows: the HTTP status stays 200, the body carries the error (Universal Actions contract).</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) => new(200, new JsonObject
    {
        ["statusCode"] = statusCode,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    });

    /// <summary>
    /// The answer to an invoke nobody handles: HTTP 200 carrying a 501 error object, so the client shows a clean
    /// "not supported" instead of treating the bot as broken.
    /// </summary>
    public static InvokeResponse NotImplemented(string message) => Error(501, "NotImplemented", message);
}
