using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace MipgTeams.Domain.Documents;

/// <summary>
/// The code of a controlled document, such as <c>GLEGN02-P001</c>: the process code (letters then two digits),
/// a dash, the type letter (C, P, F, G, M, I) and a three-digit sequence. Parsed here and nowhere else;
/// a malformed code is reported with the reason, never guessed.
/// </summary>
public readonly partial record struct DocumentCode
{
    private DocumentCode(string processCode, DocumentType type, int sequence)
    {
        ProcessCode = processCode;
        Type = type;
        Sequence = sequence;
    }

    public string ProcessCode { get; }
    public DocumentType Type { get; }
    public int Sequence { get; }

    public override string ToString() => $"{ProcessCode}-{Type.Letter()}{Sequence:000}";

    /// <summary>Parses a code typed by a person or read from a file name (case and surrounding spaces are forgiven).</summary>
    public static bool TryParse(string? text, out DocumentCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "El código está vacío.";
            return false;
        }
        var candidate = text.Trim().ToUpperInvariant();
        var match = CodePattern().Match(candidate);
        if (!match.Success)
        {
            error = $"«{Shorten(text)}» no es un código de documento válido (ejemplo: GLEGN02-P001).";
            return false;
        }
        if (!DocumentTypes.TryFromLetter(match.Groups["type"].Value[0], out var type))
        {
            error = $"La letra «{match.Groups["type"].Value}» no corresponde a ningún tipo de documento (C, P, F, G, M, I).";
            return false;
        }
        code = new DocumentCode(match.Groups["process"].Value, type, int.Parse(match.Groups["seq"].Value, System.Globalization.CultureInfo.InvariantCulture));
        error = null;
        return true;
    }

    /// <summary>The code of sequence <paramref name="sequence"/> (1–999) of a type in a process.</summary>
    public static DocumentCode Create(string processCode, DocumentType type, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999);
        return Parse($"{processCode}-{type.Letter()}{sequence:000}");
    }

    public static DocumentCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>Finds every well-formed code inside free text ("¿qué versión tiene el glegn02-p001?").</summary>
    public static IReadOnlyList<DocumentCode> FindAll(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var found = new List<DocumentCode>();
        foreach (Match match in EmbeddedPattern().Matches(text))
        {
            if (TryParse(match.Value, out var code, out _) && !found.Contains(code))
            {
                found.Add(code);
            }
        }
        return found;
    }

    /// <summary>True when the whole text has the shape of a code (letters, two digits, dash, a letter, three digits), valid or not.</summary>
    public static bool IsCodeShaped(string? text) =>
        text is not null && EmbeddedPattern().Match(text.Trim()) is { Success: true } match && match.Length == text.Trim().Length;

    private static string Shorten(string text) => text.Length <= 40 ? text.Trim() : text.Trim()[..40] + "…";

    [GeneratedRegex(@"^(?<process>[A-Z]{2,8}[0-9]{2})-(?<type>[A-Z])(?<seq>[0-9]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\b[A-Za-z]{2,8}[0-9]{2}-[A-Za-z][0-9]{3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedPattern();
}
