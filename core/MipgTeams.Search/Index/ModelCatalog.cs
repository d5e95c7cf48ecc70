using System.Collections.Concurrent;
using MipgTeams.Domain.Documents;
using MipgTeams.Domain.Mipg;
using MipgTeams.Domain.Processes;

namespace MipgTeams.Search.Index;

/// <summary>
/// This instance's in-memory view of the model, kept current with the index: live documents by id (what answers show),
/// and the small lists (processes, macroprocesses, MIPG dimensions and policies) the model questions are answered from.
/// </summary>
public sealed class ModelCatalog
{
    private readonly ConcurrentDictionary<long, Document> documents = new();
    private readonly ConcurrentDictionary<long, FoldedDocument> folded = new();
    private readonly TermIds vocabulary = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<long, Document>> byCode = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<long, Document> Documents => documents;

    public IReadOnlyList<Process> Processes { get; private set; } = [];
    public IReadOnlyList<Macroprocess> Macroprocesses { get; private set; } = [];
    public IReadOnlyList<MipgDimension> Dimensions { get; private set; } = [];
    public IReadOnlyList<MipgPolicy> Policies { get; private set; } = [];

    internal bool IsLoaded { get; set; }

    internal void ReplaceLists(IReadOnlyList<Process> processes, IReadOnlyList<Macroprocess> macroprocesses, IReadOnlyList<MipgDimension> dimensions, IReadOnlyList<MipgPolicy> policies)
    {
        Processes = processes;
        Macroprocesses = macroprocesses;
        Dimensions = dimensions;
        Policies = policies;
    }

    internal void Apply(Document document)
    {
        if (documents.TryGetValue(document.Id, out var previous) && byCode.TryGetValue(previous.Code, out var old))
        {
            old.TryRemove(document.Id, out _);
        }
        if (document.IsRemoved)
        {
            documents.TryRemove(document.Id, out _);
            folded.TryRemove(document.Id, out _);
        }
        else
        {
            documents[document.Id] = document;
            folded[document.Id] = FoldedDocument.Of(document, vocabulary);
            byCode.GetOrAdd(document.Code, _ => new ConcurrentDictionary<long, Document>())[document.Id] = document;
        }
    }

    internal void Clear()
    {
        documents.Clear();
        folded.Clear();
        byCode.Clear();
    }

    /// <summary>Every live document with this code (the current version and any obsolete ones).</summary>
    public IReadOnlyCollection<Document> WithCode(string code) =>
        byCode.TryGetValue(code, out var found) ? (IReadOnlyCollection<Document>)found.Values : [];

    /// <summary>The document's text folded once (lower case, no accents), line by line, for passages and match checks.</summary>
    internal FoldedDocument? Folded(long id) => folded.GetValueOrDefault(id);

    /// <summary>A text outside the documents (a process's name) folded against the same vocabulary.</summary>
    internal FoldedLine FoldLine(string text) => FoldedDocument.Line(text, vocabulary);

    public Process? Process(string? code) => code is null ? null : Processes.FirstOrDefault(p => p.Code == code);

    public Macroprocess? Macroprocess(string? code) => code is null ? null : Macroprocesses.FirstOrDefault(m => m.Code == code);

    /// <summary>The vigente document with this code, if any (an obsolete version points to it).</summary>
    public Document? Current(string code) =>
        WithCode(code).Where(d => d.Status != DocumentStatus.Obsolete).OrderByDescending(d => d.ChangeNumber).FirstOrDefault();
}
