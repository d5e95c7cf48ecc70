using System.Text.Json;
using System.Text.Json.Serialization;

namespace MipgTeams.Bot.Protocol;

/// <summary>The JSON conventions of the Bot Framework REST API: camelCase, nulls omitted.</summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Spanish text stays readable on the wire; HTML-sensitive characters are still escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
