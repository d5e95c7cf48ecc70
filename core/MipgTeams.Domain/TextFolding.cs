using System.Globalization;
using System.Text;

namespace MipgTeams.Domain;

/// <summary>Lower-cases and strips accents, so "Guía" and "guia" compare equal the way staff type them.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
