using System.Globalization;
using Microsoft.Kiota.Abstractions.Serialization;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// Turns a list item's <c>fields</c> (as the SDK deserialises them: strings, booleans, numbers, dates, untyped nodes for
/// person and lookup columns) into the text values the sync maps, keyed by the column's internal name.
/// </summary>
internal static class FieldValues
{
    public static Dictionary<string, string?> ToText(IDictionary<string, object>? fields)
    {
        var text = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (fields is null)
        {
            return text;
        }
        foreach (var (name, value) in fields)
        {
            if (!name.StartsWith('@'))
            {
                text[name] = ToText(value);
            }
        }
        return text;
    }

    private static string? ToText(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        DateTime d => d.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        UntypedString s => s.GetValue(),
        UntypedBoolean b => b.GetValue() ? "true" : "false",
        UntypedNull => null,
        UntypedInteger n => n.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedLong n => n.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedDouble n => n.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedFloat n => n.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedDecimal n => n.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedArray a => string.Join("; ", a.GetValue().Select(ToText).Where(t => !string.IsNullOrEmpty(t))),
        // Person and lookup values: what an admin would read in the column.
        UntypedObject o => Shown(o.GetValue()),
        _ => value.ToString(),
    };

    private static string? Shown(IDictionary<string, UntypedNode> value)
    {
        foreach (var key in (string[])["Email", "LookupValue", "Label"])
        {
            if (value.TryGetValue(key, out var shown))
            {
                return ToText(shown);
            }
        }
        return null;
    }
}
