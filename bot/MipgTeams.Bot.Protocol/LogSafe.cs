using System.Text;

namespace MipgTeams.Bot.Protocol;

/// <summary>
/// Values that come from an activity (types, names, channel ids, text) made safe for a log line: control characters
/// (new lines above all, which could forge log entries) become spaces and the length is capped.
/// </summary>
public static class LogSafe
{
    public static string Value(string? value, int max = 80)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var capped = value.Length <= max ? value : value[..max];
        var builder = new StringBuilder(capped.Length + 1);
        foreach (var c in capped)
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
        }
        if (value.Length > max)
        {
            builder.Append('…');
        }
        return builder.ToString();
    }
}
