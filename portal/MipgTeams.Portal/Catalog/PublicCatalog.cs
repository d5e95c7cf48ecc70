using MipgTeams.Search.Index;

namespace MipgTeams.Portal.Catalog;

/// <summary>
/// The public view of the search engine's catalog (the same documents and lists the bot answers from), rebuilt
/// when the index moves to a new change or the lists are reloaded. Drafts and removed documents never get in.
/// </summary>
public sealed class PublicCatalog(ModelCatalog catalog, SearchIndex index)
{
    private readonly Lock gate = new();
    private Built? built;

    internal PublicSnapshot Current
    {
        get
        {
            var current = built;
            if (current is not null && current.Checkpoint == index.Checkpoint && ReferenceEquals(current.Lists, catalog.Processes))
            {
                return current.Snapshot;
            }
            lock (gate)
            {
                current = built;
                if (current is null || current.Checkpoint != index.Checkpoint || !ReferenceEquals(current.Lists, catalog.Processes))
                {
                    current = Build();
                    built = current;
                }
                return current.Snapshot;
            }
        }
    }

    private Built Build()
    {
        var checkpoint = index.Checkpoint;
        var processes = catalog.Processes;
        var macroprocesses = catalog.Macroprocesses;
        var processByCode = processes.GroupBy(p => p.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var macroByCode = macroprocesses.GroupBy(m => m.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var documents = catalog.Documents.Values.Where(PublicRules.IsPublic).Select(d =>
        {
            var process = processByCode.GetValueOrDefault(d.ProcessCode);
            var macro = macroByCode.GetValueOrDefault(d.MacroprocessCode ?? process?.MacroprocessCode ?? "");
            return new PublicDocument(d, process, macro);
        });
        var snapshot = new PublicSnapshot(documents, processes, macroprocesses, catalog.Dimensions, catalog.Policies);
        return new Built(checkpoint, processes, snapshot);
    }

    private sealed record Built(long Checkpoint, object Lists, PublicSnapshot Snapshot);
}
