using System.Net;
using Microsoft.Kiota.Abstractions;

namespace MipgTeams.SharePoint.Graph;

/// <summary>
/// Follows a delta feed to its end: every <c>@odata.nextLink</c>, then the <c>@odata.deltaLink</c> to keep. A 410 Gone
/// (the token expired or the service wants a resync) is reported with the fresh link Graph sends in Location.
/// </summary>
internal static class DeltaPages
{
    public static async Task<DeltaRead<T>> ReadAsync<T>(
        Func<string?, Task<(List<T>? Items, string? NextLink, string? DeltaLink)>> fetch, string? start)
    {
        var items = new List<T>();
        var url = start;
        var first = true;
        while (true)
        {
            (List<T>? Items, string? NextLink, string? DeltaLink) page;
            try
            {
                page = await fetch(first ? start : url);
            }
            catch (ApiException e) when (e.ResponseStatusCode == (int)HttpStatusCode.Gone)
            {
                return new DeltaRead<T>(items, null, ResyncFrom(e) ?? "");
            }
            first = false;
            items.AddRange(page.Items ?? []);
            if (page.NextLink is { } next)
            {
                url = next;
                continue;
            }
            return page.DeltaLink is { } delta
                ? new DeltaRead<T>(items, delta, null)
                : throw new InvalidOperationException("Graph terminó el delta sin @odata.deltaLink.");
        }
    }

    // Location carries a fresh link that enumerates everything again; without it, start from scratch.
    private static string? ResyncFrom(ApiException e) =>
        e.ResponseHeaders.FirstOrDefault(h => h.Key.Equals("Location", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
