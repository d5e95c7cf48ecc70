using System.Text;

namespace MipgTeams.Search.Analysis;

/// <summary>
/// A Spanish sound key for a folded word, so the spellings people really type meet the right one: s/c/z, b/v, ll/y,
/// g/j, qu/k, a missing h, doubled letters and a plural ending all give the same key ("bacasiones", "vacaciones" →
/// "bakasion"; "prosedimiento", "procedimiento" → "prosedimiento"). Used beside the stemmed words, never instead.
/// </summary>
internal static class SpanishPhonetic
{
    public static string Key(string word)
    {
        var w = Singular(word);
        var key = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            var soft = next is 'e' or 'i';
            switch (c)
            {
                case 'c' when next == 'h':
                    Append(key, 'C');
                    i++;
                    break;
                case 'c':
                    Append(key, soft ? 's' : 'k');
                    break;
                case 'q' when next == 'u':
                    Append(key, 'k');
                    i++;
                    break;
                case 'q' or 'k':
                    Append(key, 'k');
                    break;
                case 'g' when next == 'u' && i + 2 < w.Length && w[i + 2] is 'e' or 'i':
                    Append(key, 'g');
                    i++;
                    break;
                case 'g':
                    Append(key, soft ? 'j' : 'g');
                    break;
                case 'l' when next == 'l':
                    Append(key, 'y');
                    i++;
                    break;
                case 'y' when next is not ('a' or 'e' or 'i' or 'o' or 'u'):
                    Append(key, 'i');
                    break;
                case 'z' or 's':
                    Append(key, 's');
                    break;
                case 'v' or 'w' or 'b':
                    Append(key, 'b');
                    break;
                case 'h':
                    break;
                case 'x':
                    Append(key, 'k');
                    Append(key, 's');
                    break;
                default:
                    Append(key, c);
                    break;
            }
        }
        return key.ToString();
    }

    // "vacaciones" and "vacación" are the same thing asked for; only the plural ending is dropped, not a stem.
    private static string Singular(string word) =>
        word.Length > 5 && word.EndsWith("es", StringComparison.Ordinal) && !IsVowel(word[^3]) ? word[..^2]
        : word.Length > 4 && word.EndsWith('s') ? word[..^1]
        : word;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // Doubled letters ("acción" typed "accion" or "acion", "carrera" as "carera") collapse to one.
    private static void Append(StringBuilder key, char c)
    {
        if (key.Length == 0 || key[^1] != c)
        {
            key.Append(c);
        }
    }
}
