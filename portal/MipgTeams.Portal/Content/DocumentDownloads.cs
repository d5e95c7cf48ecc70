using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;
using MipgTeams.Portal.Catalog;

namespace MipgTeams.Portal.Content;

internal static class DocumentDownloads
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>
    /// GET /documentos/{code}/{version}: the file of a public version, streamed from its library with its content type,
    /// a Spanish file name and an ETag (the content hash), so a browser that has it gets 304.
    /// </summary>
    public static void MapDocumentDownloads(this WebApplication app) =>
        app.MapMethods("/documentos/{code}/{version}", ["GET", "HEAD"], DownloadAsync);

    private static async Task<IResult> DownloadAsync(string code, string version, PublicCatalog catalog, IDocumentContent content, HttpContext context)
    {
        if (!RouteValues.TryDocumentCode(code, out var validCode) || !RouteValues.TryVersion(version, out var validVersion))
        {
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }
        var found = catalog.Current.ByCode.GetValueOrDefault(validCode)?.FirstOrDefault(d => d.Document.Version == validVersion);
        if (found is null)
        {
            return Results.StatusCode(StatusCodes.Status404NotFound);
        }
        var document = found.Document;
        var etag = new EntityTagHeaderValue($"\"{document.ContentHash ?? document.ChangeNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"");
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any)))
        {
            context.Response.Headers.ETag = etag.ToString();
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        var stream = await content.OpenAsync(document, context.RequestAborted);
        if (stream is null)
        {
            return Results.StatusCode(StatusCodes.Status404NotFound);
        }
        var type = ContentTypes.TryGetContentType(document.Path, out var known) ? known : "application/octet-stream";
        context.Response.Headers.CacheControl = "public, max-age=300";
        var name = DownloadName.For(document.Code, document.Version, document.Title, document.Path);
        return Results.Stream(stream, type, name, lastModified: document.LastModified, entityTag: etag);
    }
}
