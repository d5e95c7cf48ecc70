using System.Text.Json;
using System.Text.RegularExpressions;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// In channels and group chats Teams puts the bot's @mention ("&lt;at&gt;MipgTeams&lt;/at&gt;") in the text. The mention
/// entities say which text is the bot's mention; that text is removed before the message is understood.
/// </summary>
public static partial class MentionText
{
    public static string Strip(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.ValueKind == JsonValueKind.Object
                && entity.TryGetProperty("type", out var type) && type.GetString() == "mention"
                && entity.TryGetProperty("mentioned", out var mentioned) && mentioned.TryGetProperty("id", out var id)
                && id.GetString() == activity.Recipient?.Id
                && entity.TryGetProperty("text", out var mentionText) && mentionText.GetString() is { Length: > 0 } mention)
            {
                text = text.Replace(mention, " ", StringComparison.OrdinalIgnoreCase);
            }
        }
        // Some clients send the bot's mention markup without an entity.
        if (activity.Recipient?.Name is { Length: > 0 } botName)
        {
            text = text.Replace($"<at>{botName}</at>", " ", StringComparison.OrdinalIgnoreCase);
        }
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
