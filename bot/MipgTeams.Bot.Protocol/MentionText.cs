using System.Text.Json;
using System.Text.RegularExpressions;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// In channels and group chats Teams puts the bot's @mention ("&lt;at&gt;MipgTeams&lt;/at&gt;") in the text. The mention
/// entities say which text is the bot's mention; that text is removed before the message is understood.
/// </summary>
internal static partial class MentionText
{
    public static string Strip(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var entity in activity.Entities ?? [])
        {
            // Entities come from the sender: any part may be missing or of another JSON kind, and is then no mention.
            if (entity.ValueKind == JsonValueKind.Object
                && StringOf(entity, "type") == "mention"
                && entity.TryGetProperty("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
                && StringOf(mentioned, "id") is { } id && id == activity.Recipient?.Id
                && StringOf(entity, "text") is { Length: > 0 } mention)
            {
                text = text.Replace(mention, " ", StringComparison.OrdinalIgnoreCase);
            }
        }
        // Some clients send the bot's mention markup without an entity.
        if (activity.Recipient?.Name is { Length: > 0 } botName)
        {
            text = text.Replace($"<at>{botName}</at>", " ", StringComparison.OrdinalIgnoreCase);
        }
        // Teams separates the mention from the text with a non-breaking space, sometimes as the HTML entity.
        return Whitespace().Replace(text.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase), " ").Trim();
    }

    private static string? StringOf(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
