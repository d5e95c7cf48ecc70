using System.Text;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using MipgTeams.Domain.ChangeRequests;
using MipgTeams.SharePoint.Graph;

namespace MipgTeams.SharePoint.Publishing;

/// <summary>
/// Publishes into the SharePoint library through Graph (the first of Graph:Libraries, the one the sync reads as
/// "graph:library:&lt;name&gt;"). A Modificar costs six calls: read the current item (eTag check), move it to
/// Obsoletos/ (PATCH parentReference, If-Match), set its Estado, read the draft, upload it (PUT content), set its
/// columns. Throttling and 5xx are retried inside each call by the SDK's retry handler (Retry-After); what is left is
/// retried by the worker. Drafts are links to files of the site (<c>/shares/{encoded-url}/driveItem</c>) or paths
/// under Borradores/ of the library.
/// </summary>
internal sealed class GraphLibraryPublisher(GraphServiceClient graph, GraphSourceOptions options) : ILibraryPublisher, IDisposable
{
    private readonly GraphSite site = new(graph, options);
    private string Library => options.Libraries.Count > 0 ? options.Libraries[0] : GraphSourceOptions.DefaultLibrary;

    public string ContainerId => "graph:library:" + Library;

    public void Dispose() => site.Dispose();

    public Task<IReadOnlyList<DraftFile>> ListDraftsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<DraftFile>>([]);

    public async Task<DraftFile> FindDraftAsync(string reference, CancellationToken cancellationToken)
    {
        var item = await Call(async () => IsLibraryPath(reference)
            ? await graph.Drives[await DriveAsync(cancellationToken)].Root.ItemWithPath(reference.Trim()).GetAsync(c => c.QueryParameters.Select = ["id", "name", "file"], cancellationToken)
            : await graph.Shares[ShareToken(reference)].DriveItem.GetAsync(c => c.QueryParameters.Select = ["id", "name", "file"], cancellationToken), reference, missingIsNull: true);
        if (item?.Name is null || item.File is null)
        {
            throw new PublicationException($"No pude leer el borrador «{reference.Trim()}»: el enlace no lleva a un archivo del sitio que MipgTeams pueda leer.");
        }
        return new DraftFile(reference.Trim(), item.Name);
    }

    public async Task<byte[]> ReadDraftAsync(string reference, CancellationToken cancellationToken)
    {
        var stream = await Call(async () => IsLibraryPath(reference)
            ? await graph.Drives[await DriveAsync(cancellationToken)].Root.ItemWithPath(reference.Trim()).Content.GetAsync(cancellationToken: cancellationToken)
            : await graph.Shares[ShareToken(reference)].DriveItem.Content.GetAsync(cancellationToken: cancellationToken), reference, missingIsNull: true)
            ?? throw new PublicationException($"El borrador «{reference.Trim()}» ya no está en el sitio.");
        await using (stream)
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            return buffer.ToArray();
        }
    }

    public async Task<LibraryFile?> GetAsync(string itemId, CancellationToken cancellationToken)
    {
        var drive = await DriveAsync(cancellationToken);
        var item = await Call(() => graph.Drives[drive].Items[itemId].GetAsync(c => c.QueryParameters.Select = Fields, cancellationToken), itemId, missingIsNull: true);
        return item is null ? null : Describe(drive, item);
    }

    public async Task<LibraryFile?> FindByPathAsync(string path, CancellationToken cancellationToken)
    {
        var drive = await DriveAsync(cancellationToken);
        var item = await Call(() => graph.Drives[drive].Root.ItemWithPath(path).GetAsync(c => c.QueryParameters.Select = Fields, cancellationToken), path, missingIsNull: true);
        return item is null ? null : Describe(drive, item);
    }

    public async Task<LibraryFile> MoveAsync(LibraryFile file, string path, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var drive = await DriveAsync(cancellationToken);
        var moved = file;
        if (file.Path != path)
        {
            var folder = path.Contains('/', StringComparison.Ordinal) ? path[..path.LastIndexOf('/')] : "";
            var change = new DriveItem { Name = path[(path.LastIndexOf('/') + 1)..], ParentReference = new ItemReference { Path = $"/drives/{drive}/root:/{folder}" } };
            var item = await Call(() => graph.Drives[drive].Items[file.Id].PatchAsync(change, c =>
            {
                if (file.ETag is not null)
                {
                    c.Headers.Add("If-Match", file.ETag); // the file changed since it was read: 412, nothing moves
                }
            }, cancellationToken), file.Path, missingIsNull: false);
            moved = Describe(drive, item!) with { Path = path };
        }
        await SetFieldsAsync(drive, moved.Id, fields, cancellationToken);
        return moved;
    }

    public async Task<LibraryFile> PutAsync(string path, byte[] content, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var drive = await DriveAsync(cancellationToken);
        // A simple upload (up to 250 MB on SharePoint): replaces what a crashed attempt left at the path.
        var item = await Call(() => graph.Drives[drive].Root.ItemWithPath(path).Content.PutAsync(new MemoryStream(content, writable: false), cancellationToken: cancellationToken),
            path, missingIsNull: false) ?? throw new PublicationException($"Graph no devolvió el archivo subido a «{path}».");
        await SetFieldsAsync(drive, item.Id!, fields, cancellationToken);
        return Describe(drive, item) with { Path = path };
    }

    private async Task SetFieldsAsync(string drive, string itemId, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken) =>
        // The SDK has no builder for a drive item's listItem fields; the list item's Fields builder takes the raw URL.
        await Call(() => new Microsoft.Graph.Sites.Item.Lists.Item.Items.Item.Fields.FieldsRequestBuilder(
                $"{graph.RequestAdapter.BaseUrl}/drives/{drive}/items/{itemId}/listItem/fields", graph.RequestAdapter)
            .PatchAsync(new FieldValueSet { AdditionalData = fields.ToDictionary(f => f.Key, f => (object)f.Value) }, cancellationToken: cancellationToken), itemId, missingIsNull: false);

    private static readonly string[] Fields = ["id", "name", "parentReference", "cTag", "eTag", "webUrl"];

    private static LibraryFile Describe(string drive, DriveItem item)
    {
        // parentReference.path is "/drives/{id}/root:" or "/drives/{id}/root:/Macro/Proceso".
        var parent = item.ParentReference?.Path ?? "";
        var marker = parent.IndexOf("root:", StringComparison.Ordinal);
        var folder = marker < 0 ? "" : Uri.UnescapeDataString(parent[(marker + 5)..]).Trim('/');
        var path = folder.Length == 0 ? item.Name ?? item.Id! : $"{folder}/{item.Name}";
        _ = drive;
        return new LibraryFile(item.Id!, path, item.CTag ?? item.ETag, item.ETag, item.WebUrl);
    }

    private async Task<string> DriveAsync(CancellationToken cancellationToken) =>
        await Call<string>(() => site.DriveIdAsync(Library, cancellationToken)!, Library, missingIsNull: false) ?? throw new PublicationException($"No encontré la biblioteca «{Library}».");

    private static bool IsLibraryPath(string reference) => ChangeDetails.IsDraftInLibrary(reference);

    /// <summary>Graph's sharing token for a URL: "u!" and the URL in unpadded base64url.</summary>
    internal static string ShareToken(string url) =>
        "u!" + Convert.ToBase64String(Encoding.UTF8.GetBytes(url.Trim())).TrimEnd('=').Replace('/', '_').Replace('+', '-');

    private static async Task<T?> Call<T>(Func<Task<T?>> call, string what, bool missingIsNull)
    {
        try
        {
            return await call();
        }
        catch (ApiException e) when (e.ResponseStatusCode == 404 && missingIsNull)
        {
            return default;
        }
        catch (ApiException e) when (e.ResponseStatusCode == 412)
        {
            throw new PublicationConflictException($"«{what}» cambió en SharePoint después de leerlo (eTag distinto): no se sobrescribió nada.", e);
        }
        catch (ApiException e) when (e.ResponseStatusCode is 401 or 403)
        {
            throw new PublicationException(
                $"SharePoint negó el acceso ({e.ResponseStatusCode}) al publicar «{what}»: la identidad del bot necesita Sites.Selected con permiso de escritura (write) sobre el sitio " +
                "(ver docs/deployment.md). La solicitud sigue validada; usa «Reintentar publicación» cuando el permiso esté concedido.", e);
        }
        catch (ApiException e) when (e.ResponseStatusCode is 400 or 404 or 409)
        {
            throw new PublicationException($"SharePoint rechazó la publicación de «{what}» ({e.ResponseStatusCode}): {e.Message}", e);
        }
    }

}
