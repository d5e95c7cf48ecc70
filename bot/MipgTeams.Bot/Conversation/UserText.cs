using System.Text;

namespace MipgTeams.Bot.Conversation;

/// <summary>
/// What a person typed, made safe to show back: control characters dropped, length capped, and markdown and HTML
/// markers escaped so nobody can make the bot post links, mentions or formatting.
/// </summary>
public static class UserText
{
    public const int MaxQuestionLength = 500;

    public static string Cap(string text, int max = MaxQuestionLength) => text.Length <= max ? text : text[..max];

    public static string Escape(string text, int max = 120)
    {
        var capped = text.Length <= max ? text : text[..max] + "…";
        var builder = new StringBuilder(capped.Length + 8);
        foreach (var c in capped)
        {
            if (char.IsControl(c))
            {
                builder.Append(' ');
            }
            else if (c == '<')
            {
                builder.Append("&lt;");
            }
            else if (c == '>')
            {
                builder.Append("&gt;");
            }
            else if ("\\`*_[]#~|".Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
