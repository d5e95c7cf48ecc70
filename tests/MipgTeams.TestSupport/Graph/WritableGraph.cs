using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MipgTeams.TestSupport.Graph;

/// <summary>
/// A small writable Graph at the HTTP boundary (the real SDK above it; the publication tests and benchmark use it): one site, one drive, items by id and path with
/// content and listItem fields, moves, uploads and sharing links. Call <see cref="CrashAt"/> makes the Nth write
/// happen and then answer 500, as a crash right after a call would look to the worker.
/// </summary>
public sealed class WritableGraph : HttpMessageHandler
{
    public sealed record Item(string Id, string Path, byte[] Content, Dictionary<string, string> Fields, int Version);

    public Dictionary<string, Item> Items { get; } = [];
    public List<string> Calls { get; } = [];
    public int? CrashAt { get; set; }
    public HttpStatusCode? Deny { get; set; }
    private int next = 100;
    private int writes;

    public Item Add(string path, string content, Dictionary<string, string>? fields = null)
    {
        var item = new Item("item-" + next++, path, Encoding.UTF8.GetBytes(content), fields ?? [], 1);
        Items[item.Id] = item;
        return item;
    }

    public IEnumerable<Item> At(string folder) => Items.Values.Where(i => i.Path.StartsWith(folder, StringComparison.Ordinal));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = Uri.UnescapeDataString(request.RequestUri!.AbsolutePath)["/v1.0".Length..];
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var method = request.Method.Method;
        if (path.StartsWith("/sites", StringComparison.Ordinal))
        {
            return Site(path);
        }
        Calls.Add($"{method} {path}");
        if (method != "GET" && Deny is { } deny)
        {
            return Error(deny, "accessDenied");
        }
        var response = Route(method, path, request, body);
        if (method != "GET" && ++writes == CrashAt)
        {
            return Error(HttpStatusCode.InternalServerError, "generalException"); // applied, but the answer is lost
        }
        return response;
    }

    private HttpResponseMessage Route(string method, string path, HttpRequestMessage request, byte[]? body)
    {
        const string drive = "/drives/drive-1";
        if (path.StartsWith("/shares/", StringComparison.Ordinal))
        {
            var url = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(path.Split('/')[2][2..].Replace('_', '/').Replace('-', '+'))));
            var draft = Items.Values.FirstOrDefault(i => url.EndsWith("/" + i.Path, StringComparison.Ordinal));
            return draft is null ? Error(HttpStatusCode.NotFound, "itemNotFound") : path.EndsWith("/content", StringComparison.Ordinal) ? Content(draft) : Json(Describe(draft));
        }
        if (path.StartsWith(drive + "/root:/", StringComparison.Ordinal))
        {
            var rest = path[(drive + "/root:/").Length..];
            var isContent = rest.EndsWith(":/content", StringComparison.Ordinal);
            var itemPath = isContent ? rest[..^":/content".Length] : rest.TrimEnd(':');
            var existing = Items.Values.FirstOrDefault(i => i.Path == itemPath);
            if (method == "PUT")
            {
                var put = existing is null ? new Item("item-" + next++, itemPath, body!, [], 1) : existing with { Content = body!, Version = existing.Version + 1 };
                Items[put.Id] = put;
                return Json(Describe(put), HttpStatusCode.Created);
            }
            return existing is null ? Error(HttpStatusCode.NotFound, "itemNotFound") : isContent ? Content(existing) : Json(Describe(existing));
        }
        var segments = path[(drive + "/items/").Length..].Split('/');
        if (!Items.TryGetValue(segments[0], out var item))
        {
            return Error(HttpStatusCode.NotFound, "itemNotFound");
        }
        if (segments.Length == 3 && method == "PATCH")
        {
            foreach (var (key, value) in JsonNode.Parse(body!)!.AsObject())
            {
                item.Fields[key] = value!.ToString();
            }
            return Json(new JsonObject());
        }
        if (method == "PATCH")
        {
            if (request.Headers.IfMatch.Count > 0 && request.Headers.IfMatch.First().Tag.Trim('"') != ETag(item).Trim('"'))
            {
                return Error(HttpStatusCode.PreconditionFailed, "resourceModified");
            }
            var change = JsonNode.Parse(body!)!;
            var folder = change["parentReference"]!["path"]!.GetValue<string>().Split("root:", 2)[1].Trim('/');
            Items[item.Id] = item = item with { Path = $"{folder}/{change["name"]!.GetValue<string>()}", Version = item.Version + 1 };
        }
        return Json(Describe(item));
    }

    private static HttpResponseMessage Site(string path) => path.Contains("/drive", StringComparison.Ordinal)
        ? Json(new JsonObject { ["id"] = "drive-1" })
        : path.Contains("/lists", StringComparison.Ordinal)
            ? Json(new JsonObject { ["value"] = new JsonArray(new JsonObject { ["id"] = "list-1", ["displayName"] = "Documentos", ["name"] = "Documentos" }) })
            : Json(new JsonObject { ["id"] = "site-1" });

    public static string ETag(Item item) => $"\"{{{item.Id}}},{item.Version}\"";

    public static string CTag(Item item) => "c:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(item.Content))[..12];

    private static JsonObject Describe(Item item)
    {
        var slash = item.Path.LastIndexOf('/');
        return new JsonObject
        {
            ["id"] = item.Id,
            ["name"] = item.Path[(slash + 1)..],
            ["parentReference"] = new JsonObject { ["path"] = "/drives/drive-1/root:" + (slash < 0 ? "" : "/" + item.Path[..slash]) },
            ["cTag"] = CTag(item),
            ["eTag"] = ETag(item),
            ["webUrl"] = "https://contoso.sharepoint.com/sites/calidad/Documentos/" + item.Path,
            ["file"] = new JsonObject { ["mimeType"] = "application/octet-stream" },
        };
    }

    private static HttpResponseMessage Json(JsonNode node, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(node.ToJsonString(), Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Content(Item item) => new(HttpStatusCode.OK) { Content = new ByteArrayContent(item.Content) };

    private static HttpResponseMessage Error(HttpStatusCode status, string code) =>
        Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = code } }, status);

    private static string Pad(string base64) => base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
}
