using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MipgTeams.Domain.Publishing;
using MipgTeams.SharePoint.Folder;

namespace MipgTeams.SharePoint.Publishing;

/// <summary>
/// Publishes into the folder library (<c>&lt;Folder:Root&gt;/library</c>): files are moved and written in place, columns
/// kept in <c>_columnas.json</c> as the folder source reads them. Item ids are paths and content tags are content hashes,
/// as <see cref="FolderSharePointSource"/> makes them, so the next sync finds exactly what publication recorded.
/// Drafts are the files under <c>library/Borradores/</c>, which the sync leaves out.
/// </summary>
public sealed class FolderLibraryPublisher(IOptions<FolderSourceOptions> options) : ILibraryPublisher, IDisposable
{
    private const string ColumnsFile = "_columnas.json";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly SemaphoreSlim columnsGate = new(1, 1);

    public string ContainerId => FolderSharePointSource.LibraryId;

    public void Dispose() => columnsGate.Dispose();

    private string Library => Path.Combine(Path.GetFullPath(options.Value.Root), "library");

    public Task<IReadOnlyList<DraftFile>> ListDraftsAsync(CancellationToken cancellationToken)
    {
        var drafts = Path.Combine(Library, PublicationPaths.DraftsFolder);
        IReadOnlyList<DraftFile> found = !Directory.Exists(drafts) ? [] : Directory.EnumerateFiles(drafts, "*", SearchOption.AllDirectories)
            .Select(full => Path.GetRelativePath(Library, full).Replace('\\', '/'))
            .Where(relative => !Path.GetFileName(relative).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(relative => new DraftFile(relative, Path.GetFileName(relative)))
            .ToList();
        return Task.FromResult(found);
    }

    public Task<DraftFile> FindDraftAsync(string reference, CancellationToken cancellationToken)
    {
        var relative = DraftPath(reference);
        return File.Exists(Full(relative))
            ? Task.FromResult(new DraftFile(relative, Path.GetFileName(relative)))
            : throw new PublicationException($"No encontré el borrador «{relative}» en la biblioteca (carpeta {PublicationPaths.DraftsFolder}/).");
    }

    public async Task<byte[]> ReadDraftAsync(string reference, CancellationToken cancellationToken)
    {
        var relative = DraftPath(reference);
        try
        {
            return await File.ReadAllBytesAsync(Full(relative), cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new PublicationException($"El borrador «{relative}» ya no está en la biblioteca.", e);
        }
    }

    public Task<LibraryFile?> GetAsync(string itemId, CancellationToken cancellationToken) => FindByPathAsync(itemId, cancellationToken);

    public Task<LibraryFile?> FindByPathAsync(string path, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(Full(path)) ? Describe(path) : null);

    public async Task<LibraryFile> MoveAsync(LibraryFile file, string path, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        if (file.Path != path)
        {
            var from = Full(file.Path);
            var to = Full(path);
            if (!File.Exists(from))
            {
                throw new PublicationException($"El archivo «{file.Path}» ya no está en la biblioteca.");
            }
            if (file.ContentTag is not null && Hash(from) != file.ContentTag)
            {
                throw new PublicationConflictException($"El archivo «{file.Path}» cambió en la biblioteca después de leerlo.");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Move(from, to, overwrite: false);
        }
        await UpdateColumnsAsync(file.Path, path, fields, replace: false, cancellationToken);
        return Describe(path);
    }

    public async Task<LibraryFile> PutAsync(string path, byte[] content, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var full = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, full, overwrite: true);
        await UpdateColumnsAsync(path, path, fields, replace: true, cancellationToken);
        return Describe(path);
    }

    private LibraryFile Describe(string path)
    {
        var hash = Hash(Full(path));
        var url = options.Value.PublicBaseUrl.TrimEnd('/') + "/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return new LibraryFile(path, path, hash, hash, url);
    }

    private async Task UpdateColumnsAsync(string oldPath, string newPath, IReadOnlyDictionary<string, string> fields, bool replace, CancellationToken cancellationToken)
    {
        await columnsGate.WaitAsync(cancellationToken);
        try
        {
            var file = Path.Combine(Library, ColumnsFile);
            var columns = File.Exists(file)
                ? JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string?>>>(await File.ReadAllBytesAsync(file, cancellationToken)) ?? []
                : [];
            var row = !replace && (columns.GetValueOrDefault(oldPath) ?? columns.GetValueOrDefault(newPath)) is { } existing ? existing : [];
            foreach (var (name, value) in fields)
            {
                row[name] = value;
            }
            columns.Remove(oldPath);
            columns[newPath] = row;
            // Write then rename: the sync never reads a half-written file.
            var temporary = file + ".tmp";
            await File.WriteAllBytesAsync(temporary, JsonSerializer.SerializeToUtf8Bytes(columns, Json), cancellationToken);
            File.Move(temporary, file, overwrite: true);
        }
        finally
        {
            columnsGate.Release();
        }
    }

    private static string DraftPath(string reference)
    {
        var text = reference.Trim();
        var marker = text.IndexOf(PublicationPaths.DraftsFolder + "/", StringComparison.OrdinalIgnoreCase);
        var relative = marker < 0 ? "" : Uri.UnescapeDataString(text[marker..]).Replace('\\', '/');
        if (relative.Length == 0 || relative.Split('/').Any(part => part is ".." or "." or ""))
        {
            throw new PublicationException($"El borrador debe ser un archivo de la carpeta {PublicationPaths.DraftsFolder}/ de la biblioteca.");
        }
        return relative;
    }

    private string Full(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(Library, relative));
        return full.StartsWith(Library + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new PublicationException("La ruta del archivo está fuera de la biblioteca.");
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
