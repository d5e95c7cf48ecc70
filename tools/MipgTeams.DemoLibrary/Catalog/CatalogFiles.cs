using System.Text.Json;

namespace MipgTeams.DemoLibrary.Catalog;

/// <summary>
/// Reads the catalogs, which are data (Catalog/*.json, embedded in the assembly) rather than code: what a library
/// holds is edited there, how it is written out stays in the generator and writers. Catalog/README.md says what each
/// file is and where its content comes from.
/// </summary>
internal static class CatalogFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { RespectNullableAnnotations = true };

    public static DemoCatalog Demo => Read<DemoCatalog>("demo-library.json");

    public static DemoCatalog Unseen => Read<DemoCatalog>("unseen-library.json");

    public static DemoPolicyCatalog Policies => Read<DemoPolicyCatalog>("policies.json");

    private static T Read<T>(string name)
    {
        using var stream = typeof(CatalogFiles).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The catalog {name} is not embedded in the assembly.");
        return JsonSerializer.Deserialize<T>(stream, Json)
            ?? throw new InvalidOperationException($"The catalog {name} is empty.");
    }
}
