using System.Globalization;
using System.Text;
using MipgTeams.Domain;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.Mipg;
using MipgTeams.Domain.Processes;
using MipgTeams.Search.Index;

namespace MipgTeams.Search.Answers;

/// <summary>
/// Questions answered from the model rather than from text: who leads a process or a policy, which documents a process
/// has, what a term of the MIPG means. Each returns null when the question is not of its kind.
/// </summary>
internal sealed class ModelQuestions(ModelCatalog catalog)
{
    private static readonly string[] LeaderWords = ["quien lidera", "quien es el lider", "quien es la lider", "lider de", "lider del", "lidera", "responsable de", "responsable del", "quien esta a cargo", "a cargo de", "encargado de"];
    private static readonly string[] ListWords = ["documentos", "documento"];
    private static readonly string[] DefinitionWords = ["que es", "que son", "que significa", "significado de", "definicion de", "defina", "explica", "en que consiste"];

    public Answer? Leader(string folded)
    {
        if (!LeaderWords.Any(w => folded.Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }
        var policy = BestPolicy(folded, requireWord: true);
        if (policy is not null)
        {
            var dimension = catalog.Dimensions.FirstOrDefault(d => d.Number == policy.DimensionNumber)?.Name;
            return Fact($"Líder de la {policy.Name}",
                $"La **{policy.Name}** la lidera **{policy.LeadingOffice}**" + (dimension is null ? "." : $" (dimensión {dimension})."));
        }
        var (process, macro) = ProcessOrMacroprocess(folded);
        if (macro is not null)
        {
            return LeadersOf(macro);
        }
        if (process is null)
        {
            return null;
        }
        var leader = process.Leader is null
            ? "no tiene un líder registrado en la lista de procesos"
            : $"lo lidera **{process.Leader.DisplayName}**" + (process.Office is null ? "" : $", {process.Office}") + (string.IsNullOrEmpty(process.Leader.Email) ? "" : $" ({process.Leader.Email})");
        return Fact($"Líder del proceso {process.Name}", $"El proceso **{process.Name}** ({process.Code}) {leader}.");
    }

    public Answer? DocumentsOfProcess(string folded)
    {
        var type = PluralType(folded);
        var asksList = folded.Contains("documentos", StringComparison.Ordinal) || type is not null;
        var asksProcess = folded.Contains("proceso", StringComparison.Ordinal) || folded.Contains("tiene", StringComparison.Ordinal);
        if (!asksList || !asksProcess)
        {
            return null;
        }
        // The words that ask for the list are not part of the name ("documentos" would match "Documental").
        var named = ListWords.Aggregate(folded, (text, word) => text.Replace(word, " ", StringComparison.Ordinal));
        var (process, macro) = ProcessOrMacroprocess(named);
        if (macro is not null)
        {
            return DocumentsOf(macro, type);
        }
        if (process is null)
        {
            return null;
        }
        var documents = catalog.Documents.Values
            .Where(d => d.ProcessCode == process.Code && d.Status != DocumentStatus.Obsolete && (type is null || d.Type == type))
            .OrderBy(d => d.Type).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        var what = type is null ? "documentos" : type.Value.SpanishPlural();
        if (documents.Count == 0)
        {
            return Fact($"{Capitalize(what)} del proceso {process.Name}", $"El proceso **{process.Name}** no tiene {what} vigentes.");
        }
        var text = new StringBuilder($"El proceso **{process.Name}** ({process.Code}) tiene {documents.Count} {what} vigentes:\n\n");
        foreach (var document in documents)
        {
            text.Append(CultureInfo.InvariantCulture, $"- **{document.Code}** {document.Title} (v{document.Version})\n");
        }
        return new Answer(AnswerKind.Fact, $"{Capitalize(what)} del proceso {process.Name}", text.ToString(),
            documents.Select(d => new DocumentHit(d, process.Name, null)).ToList(), null, []);
    }

    // Staff often name a macroprocess ("gestión jurídica") as if it were a process: answer for each of its processes.
    private Answer LeadersOf(Macroprocess macro)
    {
        var text = new StringBuilder($"**{macro.Name}** es un macroproceso; cada uno de sus procesos tiene su líder:\n\n");
        foreach (var process in ProcessesOf(macro))
        {
            var leader = process.Leader is null ? "sin líder registrado" : $"**{process.Leader.DisplayName}**" + (process.Office is null ? "" : $", {process.Office}");
            text.Append(CultureInfo.InvariantCulture, $"- {process.Name} ({process.Code}): {leader}\n");
        }
        return Fact($"Líderes del macroproceso {macro.Name}", text.ToString());
    }

    private Answer DocumentsOf(Macroprocess macro, DocumentType? type)
    {
        var processes = ProcessesOf(macro);
        var codes = processes.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var documents = catalog.Documents.Values
            .Where(d => d.ProcessCode is not null && codes.Contains(d.ProcessCode) && d.Status != DocumentStatus.Obsolete && (type is null || d.Type == type))
            .OrderBy(d => d.ProcessCode, StringComparer.Ordinal).ThenBy(d => d.Type).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        var what = type is null ? "documentos" : type.Value.SpanishPlural();
        if (documents.Count == 0)
        {
            return Fact($"{Capitalize(what)} del macroproceso {macro.Name}", $"El macroproceso **{macro.Name}** no tiene {what} vigentes.");
        }
        var text = new StringBuilder($"El macroproceso **{macro.Name}** tiene {documents.Count} {what} vigentes en sus procesos:\n\n");
        foreach (var group in documents.GroupBy(d => d.ProcessCode))
        {
            var process = processes.First(p => p.Code == group.Key);
            text.Append(CultureInfo.InvariantCulture, $"**{process.Name}** ({process.Code})\n\n");
            foreach (var document in group)
            {
                text.Append(CultureInfo.InvariantCulture, $"- **{document.Code}** {document.Title} (v{document.Version})\n");
            }
            text.Append('\n');
        }
        return new Answer(AnswerKind.Fact, $"{Capitalize(what)} del macroproceso {macro.Name}", text.ToString().TrimEnd() + "\n",
            documents.Select(d => new DocumentHit(d, processes.First(p => p.Code == d.ProcessCode).Name, null)).ToList(), null, []);
    }

    private List<Process> ProcessesOf(Macroprocess macro) =>
        catalog.Processes.Where(p => p.MacroprocessCode == macro.Code).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();

    public Answer? Definition(string folded)
    {
        var asks = DefinitionWords.Any(w => folded.Contains(w, StringComparison.Ordinal));
        if (folded.Contains("cuantas dimensiones", StringComparison.Ordinal) || folded.Contains("cuantas politicas", StringComparison.Ordinal))
        {
            var dimensions = string.Join("; ", catalog.Dimensions.Select(d => d.Name));
            return Fact("Estructura del MIPG", $"El MIPG tiene **{catalog.Dimensions.Count} dimensiones** y **{catalog.Policies.Count} políticas** de gestión y desempeño. Dimensiones: {dimensions}.");
        }
        if (!asks)
        {
            return null;
        }
        var policy = BestPolicy(folded, requireWord: true);
        if (policy is not null)
        {
            var dimension = catalog.Dimensions.FirstOrDefault(d => d.Number == policy.DimensionNumber)?.Name;
            return Fact(policy.Name, $"{policy.Purpose} Dimensión: {dimension}. La lidera {policy.LeadingOffice}.");
        }
        var dimensionMatch = catalog.Dimensions.FirstOrDefault(d => folded.Contains(TextFolding.Fold(d.Name), StringComparison.Ordinal));
        if (dimensionMatch is not null)
        {
            var policies = catalog.Policies.Where(p => p.DimensionNumber == dimensionMatch.Number).Select(p => p.Name);
            return Fact($"Dimensión {dimensionMatch.Name}", $"La dimensión **{dimensionMatch.Name}** del MIPG agrupa: {string.Join("; ", policies)}.");
        }
        foreach (var (names, term, definition) in Glossary.Entries)
        {
            if (names.Any(n => ContainsWord(folded, n)))
            {
                return Fact(term, definition);
            }
        }
        return null;
    }

    private MipgPolicy? BestPolicy(string folded, bool requireWord)
    {
        if (requireWord && !folded.Contains("politica", StringComparison.Ordinal))
        {
            return null;
        }
        return Best(catalog.Policies, p => p.Name.Replace("Política de ", "", StringComparison.OrdinalIgnoreCase), folded);
    }

    // The process the question names, or the macroprocess when its name fits better ("gestión jurídica" is a
    // macroprocess, and only half of "Defensa Jurídica"). A process code wins outright.
    private (Process? Process, Macroprocess? Macroprocess) ProcessOrMacroprocess(string folded)
    {
        var byCode = catalog.Processes.FirstOrDefault(p => folded.Contains(p.Code.ToLowerInvariant(), StringComparison.Ordinal));
        if (byCode is not null)
        {
            return (byCode, null);
        }
        var (process, processScore) = Scored(catalog.Processes, p => p.Name, folded);
        var (macro, macroScore) = Scored(catalog.Macroprocesses, m => m.Name, folded);
        return macro is not null && macroScore > processScore ? (null, macro) : (process, null);
    }

    // Words nearly every process or macroprocess name has: matching on them alone would pick the first "Gestión …".
    private static readonly string[] GenericWords = ["gestion", "proceso", "procesos", "subproceso", "macroproceso"];

    private static string[] SignificantWords(string name)
    {
        var words = TextFolding.Fold(name).Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToArray();
        var specific = words.Where(w => !GenericWords.Contains(w)).ToArray();
        return specific.Length > 0 ? specific : words;
    }

    private static T? Best<T>(IEnumerable<T> candidates, Func<T, string> name, string folded) where T : class =>
        Scored(candidates, name, folded).Best;

    // The candidate whose name's significant words appear most in the question (at least half of them), and its score.
    private static (T? Best, double Score) Scored<T>(IEnumerable<T> candidates, Func<T, string> name, string folded) where T : class
    {
        T? best = null;
        var bestScore = 0.0;
        foreach (var candidate in candidates)
        {
            var words = SignificantWords(name(candidate));
            if (words.Length == 0)
            {
                continue;
            }
            var hits = words.Count(w => folded.Contains(w.Length > 6 ? w[..^2] : w, StringComparison.Ordinal));
            var score = (double)hits / words.Length + hits * 0.01;
            if (hits > 0 && score >= 0.5 && score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        return (best, bestScore);
    }

    private static DocumentType? PluralType(string folded)
    {
        foreach (var type in Enum.GetValues<DocumentType>())
        {
            if (folded.Contains(TextFolding.Fold(type.SpanishPlural()), StringComparison.Ordinal))
            {
                return type;
            }
        }
        return null;
    }

    private static bool ContainsWord(string folded, string phrase) =>
        $" {folded} ".Contains($" {phrase} ", StringComparison.Ordinal) || folded.EndsWith(phrase, StringComparison.Ordinal);

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static Answer Fact(string heading, string text) => new(AnswerKind.Fact, heading, text, [], null, []);
}
