using MipgTeams.Domain.Documents;

namespace MipgTeams.Domain.Publishing;

/// <summary>
/// The code a new document gets: the next sequence of its process and type after every code ever used, current,
/// obsolete, removed or retired, so that a code never names two documents.
/// </summary>
public static class CodeSequence
{
    public const int Max = 999;

    /// <summary>The next code; null when the process has used all 999 codes of the type.</summary>
    public static DocumentCode? Next(string processCode, DocumentType type, IEnumerable<string> usedCodes)
    {
        var process = processCode.Trim().ToUpperInvariant();
        var highest = 0;
        foreach (var text in usedCodes)
        {
            if (DocumentCode.TryParse(text, out var code, out _) && code.ProcessCode == process && code.Type == type)
            {
                highest = Math.Max(highest, code.Sequence);
            }
        }
        return highest >= Max ? null : DocumentCode.Create(process, type, highest + 1);
    }
}
