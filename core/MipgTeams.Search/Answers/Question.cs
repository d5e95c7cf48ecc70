using System.Text.RegularExpressions;
using MipgTeams.Domain.Documents;
using MipgTeams.Search.Analysis;

namespace MipgTeams.Search.Answers;

/// <summary>
/// A question read once for the search: its words (stem and sound), the document type it names ("la plantilla de…"
/// is a formato), whether it describes a situation or asks how to do something (a procedure answers that), and which
/// kind of figure it asks for. The words that tell what the question is about exclude the type and the figure words.
/// </summary>
internal sealed partial class Question
{
    private static readonly SpanishSearchAnalyzer Literal = new(synonyms: null);

    // What staff call each type; the library's own names for them (a "lineamiento" filed as manual) included.
    private static readonly Dictionary<string, DocumentType> TypeWords = new(StringComparer.Ordinal)
    {
        ["formato"] = DocumentType.Form, ["formatos"] = DocumentType.Form, ["plantilla"] = DocumentType.Form,
        ["plantillas"] = DocumentType.Form, ["formulario"] = DocumentType.Form, ["formularios"] = DocumentType.Form,
        ["procedimiento"] = DocumentType.Procedure, ["procedimientos"] = DocumentType.Procedure,
        ["guia"] = DocumentType.Guide, ["guias"] = DocumentType.Guide,
        ["manual"] = DocumentType.Manual, ["manuales"] = DocumentType.Manual, ["lineamiento"] = DocumentType.Manual, ["lineamientos"] = DocumentType.Manual,
        ["instructivo"] = DocumentType.Instruction, ["instructivos"] = DocumentType.Instruction,
        ["caracterizacion"] = DocumentType.Characterization, ["ficha"] = DocumentType.Characterization,
    };

    private static readonly (FactKind Kind, string[] Words)[] FactWords =
    [
        (FactKind.Time, ["plazo", "plazos", "dia", "dias", "tiempo", "cuando", "termino", "demora", "demoran", "tarda", "tardan", "vigencia", "dura", "duracion", "anticipacion", "antelacion", "meses", "semanas", "fecha"]),
        (FactKind.Hour, ["hora", "horas", "horario"]),
        (FactKind.Money, ["cuesta", "cuestan", "costo", "valor", "monto", "precio", "vale", "tarifa", "porcentaje", "descuento", "pesos"]),
        (FactKind.Norm, ["resolucion", "decreto", "ley", "norma", "normativa"]),
        (FactKind.Count, ["cuantos", "cuantas", "numero", "extension", "telefono", "maximo", "minimo"]),
        (FactKind.Contact, ["llamo", "llamar", "aviso", "avisar", "reporto", "reportar", "acudo", "acudir", "contacto", "contactar", "comunico", "extension", "telefono"]),
    ];

    // Asking for something says how, not what: searched (they meet "solicitud"), but no proof a document is about it.
    private static readonly HashSet<string> AskingWords = new(["solicito", "solicitar", "solicita", "tramito", "tramitar", "radico", "radicar"], StringComparer.Ordinal);

    // Situations and how-to questions: "me cambiaron de dependencia", "¿qué trámite hago?", "¿cómo pido…?".
    private static readonly string[] HowToOpenings = ["como ", "que hago", "que tramite", "que debo", "que tengo que", "a quien", "me ", "se me ", "nos ", "debo ", "tengo que ", "llego ", "quiero "];

    private Question(string folded, IReadOnlyList<QuestionWord> words, IReadOnlyList<QuestionWord> telling, IReadOnlyList<QuestionWord> figures, IReadOnlyList<QuestionWord> weakFigures, DocumentType? namedType, bool howTo, FactKind facts)
    {
        WeakFigures = weakFigures;
        Folded = folded;
        Words = words;
        Telling = telling;
        Figures = figures;
        NamedType = namedType;
        HowTo = howTo;
        Facts = facts;
    }

    public string Folded { get; }
    public IReadOnlyList<QuestionWord> Words { get; }
    public IReadOnlyList<QuestionWord> Telling { get; }

    /// <summary>The words that ask for a figure ("plazo", "hora", "cuesta"): a document holding such a figure has them.</summary>
    public IReadOnlyList<QuestionWord> Figures { get; }

    /// <summary>Figure words the analyzer drops as too common ("cuándo", "llamo"): weaker evidence than <see cref="Figures"/>.</summary>
    public IReadOnlyList<QuestionWord> WeakFigures { get; }
    public DocumentType? NamedType { get; }
    public bool HowTo { get; }
    public FactKind Facts { get; }

    /// <param name="folded">The question normalized by <see cref="AnswerEngine.Normalize"/>.</param>
    /// <param name="analyzer">The index's analyzer, with the office's synonyms.</param>
    public static Question Read(string folded, Lucene.Net.Analysis.Analyzer analyzer)
    {
        var words = new List<QuestionWord>();
        DocumentType? named = null;
        var facts = FactKind.None;
        var telling = new List<QuestionWord>();
        var figures = new List<QuestionWord>();
        var weakFigures = new List<QuestionWord>();
        foreach (var raw in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var kind = FactWords.Where(f => f.Words.Contains(raw)).Aggregate(FactKind.None, (all, f) => all | f.Kind);
            facts |= kind;
            var type = TypeOf(raw);
            named ??= type;
            var stems = Terms.Of(Literal, raw, max: 2);
            if (stems.Count == 0)
            {
                // A figure word the analyzer drops as too common ("¿a quién llamo?") still asks for its figure.
                if (kind != FactKind.None && weakFigures.All(f => f.Folded != raw))
                {
                    weakFigures.Add(new QuestionWord(raw, raw, "", []));
                }
                continue;
            }
            var sound = Terms.Of(Literal, raw, max: 1, field: SpanishSearchAnalyzer.PhoneticField).FirstOrDefault() ?? "";
            var synonyms = Terms.Of(analyzer, raw, max: 12).Where(t => t != stems[0]).ToList();
            var word = new QuestionWord(raw, stems[0], sound, synonyms);
            if (words.Any(w => w.Stem == word.Stem))
            {
                continue;
            }
            words.Add(word);
            if (kind != FactKind.None)
            {
                figures.Add(word);
            }
            // Every document of a library is a document: "documentos", "documental" say nothing of which one.
            else if (type is null && !AskingWords.Contains(raw) && !word.Stem.StartsWith("document", StringComparison.Ordinal) && word.Stem.Length > 1 && !word.Stem.All(char.IsDigit))
            {
                telling.Add(word);
            }
        }
        var howTo = HowToOpenings.Any(o => folded.StartsWith(o, StringComparison.Ordinal) || folded.Contains(" " + o, StringComparison.Ordinal));
        return new Question(folded, words, telling, figures, weakFigures, named, howTo, facts);
    }

    // The type named, forgiving a typo in the type word itself ("procedimeinto", "formto", "instructibo").
    private static DocumentType? TypeOf(string word)
    {
        if (TypeWords.TryGetValue(word, out var exact))
        {
            return exact;
        }
        // One slip in a long type word only: "anual" is not "manual", nor "formular" "formulario".
        if (word.Length < 7)
        {
            return null;
        }
        foreach (var (name, type) in TypeWords)
        {
            if (Math.Abs(name.Length - word.Length) <= 1 && Spelling.Distance(name, word) <= 1)
            {
                return type;
            }
        }
        return null;
    }

    /// <summary>True when the folded line holds a figure of the kind asked ("quince (15) días hábiles", "$1.500.000", "10:00 a. m.").</summary>
    public bool IsAnsweredBy(string foldedLine) =>
        (Facts.HasFlag(FactKind.Time) && (Period().IsMatch(foldedLine) || Date().IsMatch(foldedLine)))
        || (Facts.HasFlag(FactKind.Hour) && Hour().IsMatch(foldedLine))
        || (Facts.HasFlag(FactKind.Money) && Money().IsMatch(foldedLine))
        || (Facts.HasFlag(FactKind.Norm) && Norm().IsMatch(foldedLine))
        || (Facts.HasFlag(FactKind.Count) && Number().IsMatch(foldedLine))
        || (Facts.HasFlag(FactKind.Contact) && Contact().IsMatch(foldedLine));

    /// <summary>True when the line holds any figure at all (weaker evidence than the kind asked).</summary>
    public static bool HasFigure(string foldedLine) => Number().IsMatch(foldedLine) || Money().IsMatch(foldedLine);

    // Not a step number ("Actividad 1.", "Paso 2.") but a figure with its unit, "(15)", or a percentage.
    [GeneratedRegex(@"\(\d+\s?%?\)|\b\d+\s*(dias?|horas?|meses|mes|anos?|semanas?|caracteres|minutos?)\b|\d+\s?%")]
    private static partial Regex Period();

    [GeneratedRegex(@"\b\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|\b\d{1,2}/\d{1,2}/\d{2,4}")]
    private static partial Regex Date();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b")]
    private static partial Regex Hour();

    [GeneratedRegex(@"\$\s?\d|\d\s?%|\bpesos\b|\bcosto\b|\bgratuit|\bsin costo|\bsmmlv\b|\bsalarios? minimos?")]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(resolucion|decreto|ley|acuerdo|circular)\b[^.;]{0,30}?\d{2,}")]
    private static partial Regex Norm();

    [GeneratedRegex(@"\(\d+\)|\b\d{2,}\b|\b\d+\s+[a-z]{3,}")]
    private static partial Regex Number();

    // An extension or phone number, or an e-mail address (folded text keeps "@" and dots).
    [GeneratedRegex(@"\b(extension|ext|telefono|celular|linea)\b\D{0,12}\d{2,}|\b\d{3}[ -]?\d{4}\b|[a-z0-9._-]+@[a-z0-9-]+\.[a-z.]+")]
    private static partial Regex Contact();
}
