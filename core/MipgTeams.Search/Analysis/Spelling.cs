namespace MipgTeams.Search.Analysis;

/// <summary>How far apart two spellings are.</summary>
internal static class Spelling
{
    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours.
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>
    /// True when <paramref name="typed"/> is <paramref name="word"/> with one letter dropped, added or two swapped
    /// ("justificatva", "procedimeinto"). A changed letter is not a slip here ("evacuacion" is not "evaluacion"):
    /// the sound key already forgives the letters that sound alike.
    /// </summary>
    public static bool IsSlipOf(string typed, string word)
    {
        if (typed.Length < 6 || typed == word || Math.Abs(typed.Length - word.Length) > 1 || typed[0] != word[0])
        {
            return false;
        }
        if (typed.Length == word.Length)
        {
            var at = 0;
            while (typed[at] == word[at])
            {
                at++;
            }
            return at + 1 < typed.Length && typed[at] == word[at + 1] && typed[at + 1] == word[at] && typed[(at + 2)..] == word[(at + 2)..];
        }
        var (shorter, longer) = typed.Length < word.Length ? (typed, word) : (word, typed);
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i])
        {
            i++;
        }
        return shorter[i..] == longer[(i + 1)..];
    }
}
