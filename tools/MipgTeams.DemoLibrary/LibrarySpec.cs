using MipgTeams.DemoLibrary.Catalog;

namespace MipgTeams.DemoLibrary;

/// <summary>What a generated library holds: its catalog (MOP map, documents, quality team) and how it is laid out.</summary>
internal sealed record LibrarySpec(DemoCatalog Catalog, IReadOnlySet<string> WithoutColumns, bool WithCorruptFile)
{
    /// <summary>The Cartagena demo; GLEGN01's files carry no column values, so the sync falls back to path and file name.</summary>
    public static LibrarySpec Demo => new(CatalogFiles.Demo, new HashSet<string> { "GLEGN01" }, WithCorruptFile: true);

    /// <summary>The evaluation library of another municipality, which the answer engine was not written against.</summary>
    public static LibrarySpec Unseen => new(CatalogFiles.Unseen, new HashSet<string>(), WithCorruptFile: false);
}
