using System.Collections.Specialized;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Web;

namespace MipgTeams.TestSupport.Graph;

/// <summary>
/// Answers Graph requests from <see cref="FakeGraphState"/> with the JSON shapes Microsoft documents: site by path,
/// lists, a library's drive, driveItem delta and listItem delta (pages with absolute @odata.nextLink/@odata.deltaLink
/// on this server's base URL, the deleted facet), list items with fields, content by 302 to a download URL.
/// Faults: throttling (429/503 with Retry-After), expired delta tokens (410 with Location), 401.
/// </summary>
public sealed class FakeGraphHandler(FakeGraphState state, string baseUrl)
{
    private const int DefaultTop = 200;
    private const int MaxTop = 1000;
    private readonly string root = baseUrl.TrimEnd('/');
    private readonly string origin = new Uri(baseUrl).GetLeftPart(UriPartial.Authority);
    private readonly List<string> requests = [];
    private readonly List<Fault> faults = [];
    private long expiredBelow;

    public FakeGraphState State => state;

    /// <summary>Every request served, as "GET /path?query" (decoded path).</summary>
    public IReadOnlyList<string> Requests { get { lock (requests) { return requests.ToList(); } } }

    public bool Unauthorized { get; set; }

    public void ClearRequests() { lock (requests) { requests.Clear(); } }

    /// <summary>Called with each request's decoded path before it is answered (e.g. to delete a file mid-run).</summary>
    public Action<string>? OnRequest { get; set; }

    /// <summary>The next <paramref name="times"/> requests get <paramref name="status"/> with Retry-After (429, 503: throttling).</summary>
    public void Throttle(int times, string retryAfterSeconds = "0", int status = 429) =>
        Fail(_ => true, times, status, retryAfterSeconds);

    /// <summary>The next <paramref name="times"/> requests whose path matches get <paramref name="status"/>.</summary>
    public void Fail(Func<string, bool> path, int times, int status, string? retryAfterSeconds = null)
    {
        lock (faults)
        {
            faults.Add(new Fault(path, times, status, retryAfterSeconds));
        }
    }

    /// <summary>Every delta token handed out so far is refused with 410 Gone (resyncRequired).</summary>
    public void ExpireDeltaTokens() { lock (state.Gate) { expiredBelow = state.Seq + 1; } }

    public FakeResponse Handle(string method, Uri url)
    {
        var decoded = Uri.UnescapeDataString(url.AbsolutePath);
        lock (requests)
        {
            requests.Add($"{method} {decoded}{url.Query}");
        }
        if (TakeFault(decoded) is { } fault)
        {
            return Error(fault.Status, fault.Status == 429 ? "TooManyRequests" : "serviceNotAvailable", "Injected failure.",
                fault.RetryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = fault.RetryAfter });
        }
        OnRequest?.Invoke(decoded);
        if (Unauthorized)
        {
            return Error(401, "InvalidAuthenticationToken", "Access token has expired or is not yet valid.");
        }
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var query = HttpUtility.ParseQueryString(url.Query);
        lock (state.Gate)
        {
            return Route(segments, query) ?? Error(404, "itemNotFound", "The resource could not be found.");
        }
    }

    private FakeResponse? Route(string[] s, NameValueCollection q)
    {
        if (s.Length == 2 && s[0] == "_download")
        {
            return state.Items.TryGetValue(s[1], out var file) && !file.Deleted
                ? new FakeResponse(200, new Dictionary<string, string>(), file.Content, "application/octet-stream")
                : Error(404, "itemNotFound", "The resource could not be found.");
        }
        s = s.Skip(1).ToArray(); // the version segment
        return s switch
        {
            ["sites", var host, .. var path] when host.EndsWith(':') && "/" + string.Join('/', path) == FakeGraphState.SitePath && host.TrimEnd(':') == FakeGraphState.Hostname =>
                Json(new Dictionary<string, object?> { ["id"] = FakeGraphState.SiteId, ["name"] = "calidad" }),
            ["sites", FakeGraphState.SiteId, "lists"] => Json(new Dictionary<string, object?> { ["value"] = AllLists() }),
            ["sites", FakeGraphState.SiteId, "lists", FakeGraphState.LibraryListId, "drive"] => Json(new Dictionary<string, object?> { ["id"] = FakeGraphState.DriveId, ["name"] = FakeGraphState.LibraryName }),
            ["sites", FakeGraphState.SiteId, "lists", FakeGraphState.LibraryListId, "items"] => LibraryListItems(q),
            ["sites", FakeGraphState.SiteId, "lists", var list, "items", "delta()" or "delta"] when state.Lists.ContainsKey(list) => ListDelta(list, q),
            ["drives", FakeGraphState.DriveId, "items", "root", "delta()" or "delta"] or ["drives", FakeGraphState.DriveId, "root", "delta()" or "delta"] => DriveDelta(q),
            ["drives", FakeGraphState.DriveId, "root"] => Json(FakeGraphJson.DriveItem(state.Items[FakeGraphState.RootId], root)),
            ["drives", FakeGraphState.DriveId, "items", var id, "listItem"] when Live(id) is { IsFolder: false } file => Json(FakeGraphJson.ListItem(file)),
            ["drives", FakeGraphState.DriveId, "items", var id, "content"] when Live(id) is { IsFolder: false } file =>
                new FakeResponse(302, new Dictionary<string, string> { ["Location"] = $"{origin}/_download/{file.Id}?tempauth=fake" }, [], "text/plain"),
            _ => null,
        };
    }

    private FakeDriveItem? Live(string id) => state.Items.TryGetValue(id, out var item) && !item.Deleted ? item : null;

    private List<object> AllLists() =>
    [
        new Dictionary<string, object?> { ["id"] = FakeGraphState.LibraryListId, ["name"] = "Shared Documents", ["displayName"] = FakeGraphState.LibraryName },
        .. state.Lists.Select(l => new Dictionary<string, object?> { ["id"] = l.Key, ["name"] = l.Key, ["displayName"] = l.Value.Name }),
    ];

    private FakeResponse LibraryListItems(NameValueCollection q)
    {
        var all = state.Items.Values.Where(i => !i.Deleted && !i.IsRoot).OrderBy(i => int.Parse(i.ListItemId, CultureInfo.InvariantCulture)).ToList();
        var (skip, top) = (Int(q["skip"], 0), Math.Min(Int(q["$top"], DefaultTop), MaxTop));
        var page = all.Skip(skip).Take(top).Select(FakeGraphJson.ListItem).ToList();
        var body = new Dictionary<string, object?> { ["value"] = page };
        if (skip + top < all.Count)
        {
            body["@odata.nextLink"] = $"{root}/sites/{FakeGraphState.SiteId}/lists/{FakeGraphState.LibraryListId}/items?$expand=fields&$top={top}&skip={skip + top}";
        }
        return Json(body);
    }

    private FakeResponse DriveDelta(NameValueCollection q)
    {
        var link = $"{root}/drives/{FakeGraphState.DriveId}/root/delta()";
        return Delta(q, link, from => state.Items.Values
            .Where(i => from < 0 ? !i.Deleted : i.Seq > from)
            .OrderBy(i => from < 0 ? 0 : i.Seq).ThenBy(i => i.Id, StringComparer.Ordinal)
            .Select(i => (i.Seq, (Func<object>)(() => FakeGraphJson.DriveItem(i, root)))));
    }

    private FakeResponse ListDelta(string list, NameValueCollection q)
    {
        var link = $"{root}/sites/{FakeGraphState.SiteId}/lists/{list}/items/delta()";
        return Delta(q, link, from => state.Lists[list].Rows.Values
            .Where(r => from < 0 ? !r.Deleted : r.Seq > from)
            .OrderBy(r => from < 0 ? 0 : r.Seq).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => (r.Seq, (Func<object>)(() => FakeGraphJson.Row(r)))));
    }

    // token: the change number the caller has seen (-1 or none: enumerate everything); upto: the snapshot of this round.
    private FakeResponse Delta(NameValueCollection q, string link, Func<long, IEnumerable<(long Seq, Func<object> Json)>> changes)
    {
        var from = q["token"] is { } token ? long.Parse(token, CultureInfo.InvariantCulture) : -1;
        if (from >= 0 && from < expiredBelow)
        {
            return Error(410, "resyncRequired", "Resync required. Replace any local items with the server's version (including deletes).",
                new Dictionary<string, string> { ["Location"] = link }, inner: "resyncChangesApplyDifferences");
        }
        var upto = q["upto"] is { } u ? long.Parse(u, CultureInfo.InvariantCulture) : state.Seq;
        var (skip, top) = (Int(q["skip"], 0), Math.Min(Int(q["$top"], DefaultTop), MaxTop));
        var all = changes(from).Where(c => c.Seq <= upto).ToList();
        var body = new Dictionary<string, object?> { ["value"] = all.Skip(skip).Take(top).Select(c => c.Json()).ToList() };
        var at = FormattableString.Invariant($"token={from}&upto={upto}&skip={skip + top}&$top={top}");
        body[skip + top < all.Count ? "@odata.nextLink" : "@odata.deltaLink"] = skip + top < all.Count ? $"{link}?{at}" : $"{link}?token={upto}";
        return Json(body);
    }

    private static int Int(string? text, int fallback) => int.TryParse(text, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    private static FakeResponse Json(object body) => new(200, new Dictionary<string, string>(), JsonSerializer.SerializeToUtf8Bytes(body), "application/json");

    private static FakeResponse Error(int status, string code, string message, Dictionary<string, string>? headers = null, string? inner = null)
    {
        var error = new Dictionary<string, object?> { ["code"] = code, ["message"] = message };
        if (inner is not null)
        {
            error["innerError"] = new Dictionary<string, object?> { ["code"] = inner };
        }
        return new FakeResponse(status, headers ?? [], Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { error })), "application/json");
    }

    private Fault? TakeFault(string path)
    {
        lock (faults)
        {
            var fault = faults.FirstOrDefault(f => f.Times > 0 && f.Path(path));
            if (fault is not null)
            {
                fault.Times--;
            }
            return fault;
        }
    }

    private sealed class Fault(Func<string, bool> path, int times, int status, string? retryAfter)
    {
        public Func<string, bool> Path { get; } = path;
        public int Times { get; set; } = times;
        public int Status { get; } = status;
        public string? RetryAfter { get; } = retryAfter;
    }
}
