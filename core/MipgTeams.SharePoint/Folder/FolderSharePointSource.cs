using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MipgTeams.SharePoint.Folder;

/// <summary>
/// Reads a local folder laid out like the SharePoint site: <c>library/</c> (macroproceso/proceso/file, with column values
/// in <c>library/_columnas.json</c>) and <c>lists/*.json</c>. Every read is a full enumeration, in pages of
/// <see cref="FolderSourceOptions.PageSize"/> files in path order; content tags are content hashes, so the sync
/// downloads nothing that did not change. The column file is read whole: it is the demo's, not a real library's.
/// </summary>
public sealed class FolderSharePointSource(IOptions<FolderSourceOptions> options) : ISharePointSource
{
    public const string LibraryId = "folder:library";
    private const string ColumnsFile = "_columnas.json";

    private static readonly IReadOnlyList<(string File, ContainerKind Kind, string Name)> ListFiles =
    [
        ("procesos.json", ContainerKind.ProcessesList, "Procesos"),
        ("politicas-mipg.json", ContainerKind.PoliciesList, "Políticas MIPG"),
        ("equipo-calidad.json", ContainerKind.QualityTeamList, "Equipo de Calidad"),
        ("configuracion.json", ContainerKind.SettingsList, "Configuración"),
    ];

    private string Root => Path.GetFullPath(options.Value.Root);

    public string Name => "folder";

    public IReadOnlyList<SourceContainer> Containers { get; } =
    [
        new(LibraryId, "Documentos", ContainerKind.DocumentLibrary),
        .. ListFiles.Select(l => new SourceContainer("folder:" + l.File, l.Name, l.Kind)),
    ];

    public async IAsyncEnumerable<SourceChangePage> ReadChangesAsync(
        SourceContainer container, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        if (container.Kind != ContainerKind.DocumentLibrary)
        {
            // Admin lists are small: read whole, committed as one page.
            var items = ReadList(container);
            var listing = string.Join('\n', items.Select(i => i.Id + "\t" + i.ContentTag));
            var next = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing)));
            yield return new SourceChangePage(container, items.Select(i => (SourceChange)new SourceItemUpserted(i)).ToList(), next, Guid.NewGuid().ToString("N"), IsLast: true);
            yield break;
        }
        var library = Path.Combine(Root, "library");
        if (!Directory.Exists(library))
        {
            throw new SourceUnreadableException("No existe la carpeta library/ de la biblioteca (revise Folder:Root); se conserva lo último sincronizado.");
        }
        // Every run lists the whole library (a folder has no change feed); a run that died resumes its enumeration
        // after the last committed path, and the files before it are not read again.
        var resumed = FolderCheckpoint.Resumable(checkpoint);
        var enumeration = resumed?.Enumeration ?? Guid.NewGuid().ToString("N");
        var columns = ReadColumns(Path.Combine(library, ColumnsFile));
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/') + "/";
        var page = new List<SourceChange>(options.Value.PageSize);
        // Drafts waiting for publication (Borradores/) are not documents (yet).
        using var files = FolderWalk.After(library, resumed?.After)
            .Where(relative => !relative.StartsWith(Domain.Publishing.PublicationPaths.DraftsFolder + "/", StringComparison.OrdinalIgnoreCase))
            .GetEnumerator();
        var more = files.MoveNext();
        var listed = more;
        while (more)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = files.Current;
            var full = Path.Combine(library, relative);
            page.Add(new SourceItemUpserted(new SourceItem(
                relative,
                relative,
                Path.GetFileName(relative),
                columns.TryGetValue(relative, out var fields) ? fields : new Dictionary<string, string?>(),
                Hash(full),
                File.GetLastWriteTimeUtc(full),
                baseUrl + string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)))));
            more = files.MoveNext();
            if (page.Count == options.Value.PageSize || !more)
            {
                var isLast = !more;
                yield return new SourceChangePage(
                    container, page, new FolderCheckpoint(enumeration, isLast ? null : relative).Serialize(), enumeration, isLast);
                page = new List<SourceChange>(options.Value.PageSize);
            }
        }
        if (!listed)
        {
            // Nothing (left) to list: the enumeration still ends, so what the store has that was not listed goes.
            yield return new SourceChangePage(container, [], new FolderCheckpoint(enumeration, null).Serialize(), enumeration, IsLast: true);
        }
    }

    public Task<Stream> OpenContentAsync(SourceContainer container, SourceItem item, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Root, "library", item.Path);
        if (!File.Exists(path))
        {
            throw new SourceItemGoneException(item.Id);
        }
        return Task.FromResult<Stream>(File.OpenRead(path));
    }

    private List<SourceItem> ReadList(SourceContainer container)
    {
        var file = ListFiles.Single(l => "folder:" + l.File == container.Id).File;
        var path = Path.Combine(Root, "lists", file);
        // A missing or broken file is a failed read, not an empty list: emptying the processes or quality team lists
        // would leave every request without anyone to approve it.
        if (!File.Exists(path))
        {
            throw new SourceUnreadableException($"No existe el archivo lists/{file} (revise Folder:Root); la lista conserva lo último sincronizado.");
        }
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new SourceUnreadableException($"El archivo lists/{file} no es JSON válido (línea {e.LineNumber + 1}); la lista conserva lo último sincronizado.", e);
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("items", out var rows) || rows.ValueKind != JsonValueKind.Array)
            {
                throw new SourceUnreadableException($"El archivo lists/{file} no tiene la lista \"items\" (ver demo/README.md); la lista conserva lo último sincronizado.");
            }
            var items = new List<SourceItem>();
            var number = 0;
            foreach (var row in rows.EnumerateArray())
            {
                number++;
                if (row.ValueKind != JsonValueKind.Object || !row.TryGetProperty("id", out var idValue) || idValue.ValueKind is not (JsonValueKind.String or JsonValueKind.Number)
                    || !row.TryGetProperty("fields", out var fieldValues) || fieldValues.ValueKind != JsonValueKind.Object)
                {
                    throw new SourceUnreadableException($"La fila {number} de lists/{file} no tiene \"id\" y \"fields\"; la lista conserva lo último sincronizado.");
                }
                var id = idValue.ToString();
                var fields = fieldValues.EnumerateObject()
                    .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ToString());
                var tag = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(row.GetRawText())));
                items.Add(new SourceItem(id, $"{container.DisplayName}/{id}", id, fields, tag, File.GetLastWriteTimeUtc(path), null));
            }
            return items;
        }
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string?>> ReadColumns(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        var map = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string?>>>(File.ReadAllBytes(path)) ?? [];
        return map.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string?>)p.Value, StringComparer.Ordinal);
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
