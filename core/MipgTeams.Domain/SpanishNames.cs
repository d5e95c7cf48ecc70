namespace MipgTeams.Domain;

/// <summary>
/// One enum's Spanish words: per value, its code (the Spanish identifier the store, the search index and card data have
/// held since the first release, so existing rows and sent cards keep working) and its label (what staff read).
/// </summary>
internal sealed class SpanishNames<TEnum>(params (TEnum Value, string Code, string Label)[] names)
    where TEnum : struct, Enum
{
    public string Code(TEnum value) => Find(value).Code;

    public string Label(TEnum value) => Find(value).Label;

    public TEnum FromCode(string code)
    {
        foreach (var name in names)
        {
            if (name.Code == code)
            {
                return name.Value;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(code), code, $"Not a {typeof(TEnum).Name} code.");
    }

    /// <summary>Reads a code or a label, ignoring case, accents and spaces ("actualizar version", "En revisión").</summary>
    public bool TryParse(string? text, out TEnum value)
    {
        var folded = Fold(text ?? "");
        foreach (var name in names)
        {
            if (folded.Length > 0 && (folded == Fold(name.Code) || folded == Fold(name.Label)))
            {
                value = name.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    private (TEnum Value, string Code, string Label) Find(TEnum value)
    {
        foreach (var name in names)
        {
            if (EqualityComparer<TEnum>.Default.Equals(name.Value, value))
            {
                return name;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(value), value, null);
    }

    private static string Fold(string text) =>
        TextFolding.Fold(text).Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
}
